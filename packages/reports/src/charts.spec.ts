import { describe, expect, it } from 'vitest';
import { habitKeys, type CohortSeriesResponse } from '@rapport/contracts';
import { departmentColour, scoreColour, textColourOn } from '@rapport/contracts/presentation';
import { habitHeatmap, internalNetworkChart } from './charts';
import { cohortReportFixture } from './report-fixture';

const distribution = (median: number | null) => ({ n: median === null ? 0 : 6, p25: median, median, p75: median });

/** Two weeks: probing deep in the scale, then no median at all for anything. */
const series: CohortSeriesResponse = {
  cohortId: '00000000-0000-4000-8000-0000000000c1',
  from: '2026-03-02T00:00:00.000Z',
  asOf: '2026-03-16T00:00:00.000Z',
  points: [
    { at: '2026-03-09T00:00:00.000Z', metrics: Object.fromEntries(habitKeys.map((k) => [k, distribution(k === 'probing' ? 72 : 10)])) },
    { at: '2026-03-16T00:00:00.000Z', metrics: Object.fromEntries(habitKeys.map((k) => [k, distribution(null)])) },
  ],
} as CohortSeriesResponse;

/** The fill of the SVG text element that writes `text`. */
const fillOf = (svg: string, text: string) => new RegExp(`<text[^>]*fill="([^"]+)"[^>]*>${text}</text>`).exec(svg)?.[1];

describe('the PDF habit heatmap', () => {
  const svg = habitHeatmap(series, 600, 320);

  it('writes a value on a dark cell in white, and on a pale cell in black (contrast, not one colour for all)', () => {
    expect(textColourOn(scoreColour(70)).toLowerCase()).toBe('#ffffff');
    expect(fillOf(svg, '72')?.toLowerCase()).toMatch(/^(#fff(fff)?|rgb\(255, ?255, ?255\))$/);
    expect(fillOf(svg, '10')?.toLowerCase()).toMatch(/^(#000(000)?|rgb\(0, ?0, ?0\))$/);
  });

  it('has a legend in numbers and shows a week without a median as "no data", not as a 0', () => {
    for (const band of ['0–20', '20–40', '40–60', '60–80', '80–100', 'no data']) expect(svg).toContain(`>${band}</text>`);
    expect(svg.match(/>–<\/text>/g)).toHaveLength(habitKeys.length);
  });
});

describe('the PDF internal network', () => {
  it('colours departments from the organisation list, as the app does', () => {
    const report = cohortReportFixture();
    const organisation = ['Aviation', ...report.departments];
    const svg = internalNetworkChart(report.summary.internalNetwork, report.participants.items, organisation, 600, 470);
    for (const department of report.departments)
      expect(svg.toLowerCase()).toContain(departmentColour(department, organisation).toLowerCase());
  });
});
