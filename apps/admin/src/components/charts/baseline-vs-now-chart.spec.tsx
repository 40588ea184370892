import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { BaselineVsNowChart } from './baseline-vs-now-chart';

describe('medians at the start and now', () => {
  it('draws one chart per scale, so counts, shares and scores never share an axis', () => {
    renderWithProviders(
      <BaselineVsNowChart
        rows={[
          { label: 'Active ties', scale: 'ties', baseline: 3, now: 6 },
          { label: 'Network diversity', scale: 'share', baseline: 0.41, now: 0.52 },
          { label: 'Strong ties', scale: 'ties', baseline: 1, now: 2 },
          { label: 'Felt heard', scale: 'score', baseline: 60, now: null },
        ]}
      />,
    );
    const charts = screen.getAllByRole('img').map((chart) => chart.getAttribute('aria-label'));
    expect(charts).toEqual([
      'Ties (count per person), median at the start and now: Active ties 3 then 6; Strong ties 1 then 2',
      'Share or index (0 to 1), median at the start and now: Network diversity 0.41 then 0.52',
      'Score (0 to 100), median at the start and now: Felt heard 60 then none',
    ]);
  });
});
