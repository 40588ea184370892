import type { Attributes } from 'graphology-types';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

/**
 * Sigma's node label, kept inside the canvas: to the right of the node when it fits,
 * otherwise centred above it (not to its left, where it would run into the middle of the
 * picture), and never past either edge, so names are not cut off on a narrow screen.
 */
export function drawSideLabel<N extends Attributes, E extends Attributes, G extends Attributes>(
  context: CanvasRenderingContext2D,
  data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>,
  settings: Settings<N, E, G>,
): void {
  if (!data.label) return;
  const size = settings.labelSize;
  context.fillStyle = settings.labelColor.color ?? '#000';
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const width = context.measureText(data.label).width;
  const canvasWidth = context.canvas.width / (window.devicePixelRatio || 1);
  const right = data.x + data.size + 3;
  const clamp = (x: number) => Math.max(2, Math.min(x, canvasWidth - width - 2));
  if (right + width <= canvasWidth - 2) context.fillText(data.label, right, data.y + size / 3);
  else context.fillText(data.label, clamp(data.x - width / 2), data.y - data.size - 4);
}
