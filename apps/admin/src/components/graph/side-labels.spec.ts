import { describe, expect, it } from 'vitest';
import type { Settings } from 'sigma/settings';
import { drawSideLabel } from './side-labels';

/** A canvas context that measures 7 px a character and records where text is written. */
function fakeContext(cssWidth: number) {
  const written: { text: string; x: number; y: number }[] = [];
  const context = {
    canvas: { width: cssWidth * (window.devicePixelRatio || 1) },
    fillStyle: '',
    font: '',
    measureText: (text: string) => ({ width: text.length * 7 }),
    fillText: (text: string, x: number, y: number) => written.push({ text, x, y }),
  } as unknown as CanvasRenderingContext2D;
  return { context, written };
}
const settings = { labelSize: 12, labelWeight: 'normal', labelFont: 'sans-serif', labelColor: { color: '#000' } } as unknown as Settings;
const node = (x: number, label: string) => ({ x, y: 100, size: 6, label, color: '#000' });

describe('node labels inside the canvas', () => {
  it('writes a label to the right of its node when it fits', () => {
    const { context, written } = fakeContext(390);
    drawSideLabel(context, node(100, 'Hana Rossi'), settings);
    expect(written).toEqual([{ text: 'Hana Rossi', x: 109, y: 104 }]);
  });

  it('puts a label that would run past the right edge above its node, centred and inside the canvas', () => {
    const { context, written } = fakeContext(390);
    drawSideLabel(context, node(370, 'Yusuf Lindqvist'), settings);
    const [label] = written;
    expect(label!.y).toBeLessThan(100 - 6);
    expect(label!.x).toBeGreaterThanOrEqual(2);
    expect(label!.x + 'Yusuf Lindqvist'.length * 7).toBeLessThanOrEqual(390 - 2);
  });
});
