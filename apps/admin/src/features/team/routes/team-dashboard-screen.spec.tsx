import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { cohortMetricKeys } from '@rapport/contracts';
import { renderWithProviders, stubApi } from '../../../test/render';
import { TeamDashboardScreen } from './team-dashboard-screen';

const managerId = '0190d8c4-0000-7000-8000-0000000000a1';
const allMetrics = (size: number) => Object.fromEntries(cohortMetricKeys.map((key) => [key, key === 'size' ? size : null]));
const distribution = (median: number) => ({ n: 6, p25: median - 1, median, p75: median + 1 });
/** Fewer than k people have a value: the service gives no median, quartile or count (docs/privacy.md). */
const withheldMetric = (metric: string, label: string) => {
  const unknown = { n: 2, p25: null, median: null, p75: null };
  return { metric, label, baseline: unknown, current: unknown, change: null, compared: 0, improved: 0, withheld: true };
};
const figures = (people: number, withheld: { metric: string; label: string }[] = []) => ({
  people,
  metrics: [
    {
      metric: 'size',
      label: 'Network size',
      baseline: distribution(3),
      current: distribution(5),
      change: 2,
      compared: 6,
      improved: 4,
      withheld: false,
    },
    ...withheld.map((m) => withheldMetric(m.metric, m.label)),
  ],
  siloIndex: -0.2,
  bridges: { crossDepartmentTies: 4, peopleBridging: 3 },
});

/** A dashboard answer for Ana Ortiz's team at k = 5, with the parts a test is about. */
const dashboard = (parts: Record<string, unknown>) => ({
  managerId,
  managerName: 'Ana Ortiz',
  asOf: '2026-11-29T12:00:00Z',
  baselineAt: '2026-09-01T00:00:00Z',
  k: 5,
  ...parts,
});

describe('manager dashboard', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows a department under the anonymity threshold as suppressed, with why', async () => {
    stubApi(() => ({
      status: 200,
      body: dashboard({
        hasReports: true,
        organisation: { suppressed: false, value: figures(9) },
        departments: [
          { department: 'Finance', figures: { suppressed: false, value: figures(6) } },
          { department: 'Legal', figures: { suppressed: true, reason: 'fewer_than_k' } },
        ],
        trend: {
          suppressed: false,
          value: [
            { at: '2026-11-23T00:00:00Z', metrics: allMetrics(4) },
            { at: '2026-11-30T00:00:00Z', metrics: allMetrics(5) },
          ],
        },
      }),
    }));
    renderWithProviders(<TeamDashboardScreen managerId={managerId} asOf={undefined} />);

    const table = await screen.findByRole('table', { name: 'By department' });
    const [finance, legal] = within(table).getAllByRole('row').slice(1);
    expect(finance).toHaveTextContent(/Finance\s*6/);
    expect(legal).toHaveTextContent(/^Legal\s*Suppressed · fewer than 5 people$/);
    expect(screen.getByText(/Figures over fewer than 5 people are suppressed/)).toBeInTheDocument();
  });

  it('shows a metric that too few people of a shown group have a value for as suppressed, never as a number', async () => {
    const strongTies = { metric: 'strongTies', label: 'Strong ties' };
    stubApi(() => ({
      status: 200,
      body: dashboard({
        hasReports: true,
        organisation: { suppressed: false, value: figures(11, [strongTies, { metric: 'feltHeard', label: 'Felt heard' }]) },
        departments: [
          { department: 'Finance', figures: { suppressed: false, value: figures(6, [strongTies]) } },
          { department: 'Sales', figures: { suppressed: false, value: figures(5) } },
        ],
        trend: { suppressed: false, value: [{ at: '2026-11-23T00:00:00Z', metrics: { ...allMetrics(4), strongTies: null } }] },
      }),
    }));
    renderWithProviders(<TeamDashboardScreen managerId={managerId} asOf={undefined} />);

    const table = await screen.findByRole('table', { name: 'By department' });
    const [finance, sales] = within(table).getAllByRole('row').slice(1);
    expect(finance).toHaveTextContent(/^Finance\s*6\s*5\s*Suppressed · fewer than 5 with a value\s*-0\.2\s*3$/);
    expect(sales).toHaveTextContent(/^Sales\s*5\s*5\s*—\s*-0\.2\s*3$/);
    const withheld = within(screen.getByRole('list', { name: 'Withheld metrics' })).getAllByRole('listitem');
    expect(withheld.map((item) => item.textContent)).toEqual([
      'Strong ties: Suppressed · fewer than 5 with a value',
      'Felt heard: Suppressed · fewer than 5 with a value',
    ]);
    expect(
      screen.getByRole('img', { name: /^Ties \(count per person\), median at the start and now: Network size 3 then 5$/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Gaps in Strong ties, Across departments: weeks where fewer than 5 people had a value/)).toBeInTheDocument();
  });

  it('says that nobody reports to a person without reports, instead of showing a suppressed team, and offers no export', async () => {
    stubApi(() => ({
      status: 200,
      body: dashboard({
        hasReports: false,
        organisation: { suppressed: true, reason: 'fewer_than_k' },
        departments: [],
        trend: { suppressed: true, reason: 'fewer_than_k' },
      }),
    }));
    renderWithProviders(<TeamDashboardScreen managerId={managerId} asOf={undefined} />);
    expect(await screen.findByText('Nobody reports to Ana Ortiz')).toBeInTheDocument();
    expect(screen.queryByText(/Suppressed/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Export/ })).not.toBeInTheDocument();
  });

  it('offers the report in each format for a manager with a team', async () => {
    stubApi(() => ({
      status: 200,
      body: dashboard({
        hasReports: true,
        organisation: { suppressed: false, value: figures(9) },
        departments: [],
        trend: { suppressed: true, reason: 'fewer_than_k' },
      }),
    }));
    renderWithProviders(<TeamDashboardScreen managerId={managerId} asOf={undefined} />);
    for (const format of ['CSV', 'XLSX', 'PDF'])
      expect(await screen.findByRole('button', { name: `Export ${format}` })).toBeInTheDocument();
  });
});
