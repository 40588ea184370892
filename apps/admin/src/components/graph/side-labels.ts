import type { Attributes } from 'graphology-types';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

/**
 * Sigma's node label, kept inside the canvas: beside the node on the side with room
 * (right by default, left for nodes near the right edge), and never past either edge, so
 * names are not cut off on a narrow screen.
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
  const left = data.x - data.size - 3 - width;
  const x = right + width <= canvasWidth - 2 || left < 2 ? right : left;
  context.fillText(data.label, Math.max(2, Math.min(x, canvasWidth - width - 2)), data.y + size / 3);
}
