import {
  cohortMetricKeys,
  isHabit,
  isStructural,
  metricLabels,
  summaryMetricKeys,
  type CohortMetricKey,
  type ManagerDashboardResponse,
  type SummaryMetricKey,
} from '@rapport/contracts';
import type { CohortReportData } from './report-data';

/** A small, fixed cohort for report tests: eight leaders across four departments. */
const names = ['Ana Ruiz', 'Ben Okafor', 'Chloé Martin', 'Dev Patel', 'Eva Lindqvist', 'Farid Haddad', 'Grace Chen', 'Hugo Weber'];
const departments = ['Sales', 'Finance', 'Engineering', 'Legal'];
const id = (i: number) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;
const value = (key: SummaryMetricKey, i: number, now: boolean): number | null => {
  if (key === 'feltHeard' && i === 7) return null;
  const base =
    isHabit(key) || key === 'pageRankPercentile' ? 30 + 5 * i : key === 'diversity' || key === 'expertiseCoverage' ? 0.2 + 0.05 * i : 2 + i;
  const lift = isHabit(key) || key === 'pageRankPercentile' ? 12 : key === 'diversity' || key === 'expertiseCoverage' ? 0.1 : 2;
  return now ? base + lift * ((i % 3) - 0.5) : base;
};
const dist = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => {
    const pos = ((s.length - 1) * p) / 100;
    const lo = Math.floor(pos);
    return s[lo]! + (s[Math.ceil(pos)]! - s[lo]!) * (pos - lo);
  };
  return { n: s.length, p25: q(25), median: q(50), p75: q(75) };
};

export function cohortReportFixture(): CohortReportData {
  const people = names.map((displayName, i) => ({ personId: id(i), displayName, department: departments[i % 4]! }));
  const at = (key: SummaryMetricKey, now: boolean) => people.map((_, i) => value(key, i, now)).filter((v): v is number => v !== null);
  const links = [
    [0, 1, 45],
    [1, 2, 30],
    [2, 3, 62],
    [0, 4, 18],
    [5, 6, 33],
    [6, 7, 12],
    [3, 5, 27],
  ].map(([a, b, s]) => ({ a: id(a!), b: id(b!), strength: s! }));
  const metrics = summaryMetricKeys.map((metric) => {
    const baseline = dist(at(metric, false));
    const current = dist(at(metric, true));
    return {
      metric,
      kind: isHabit(metric) ? ('habit' as const) : isStructural(metric) ? ('structure' as const) : ('network' as const),
      label: metricLabels[metric],
      baseline,
      current,
      change: current.median - baseline.median,
      compared: at(metric, true).length,
      improved: 4,
    };
  });
  return {
    departments: [...departments].sort(),
    generatedAt: '2026-05-04T08:00:00.000Z',
    summary: {
      cohortId: '00000000-0000-4000-8000-0000000000c1',
      name: 'Spring leadership cohort',
      programName: 'Leading across boundaries',
      startsOn: '2026-03-02',
      endsOn: '2026-06-26',
      goals: ['Build ties beyond your own department', 'Ask more questions than you tell stories'],
      baselineAt: '2026-03-02T00:00:00.000Z',
      asOf: '2026-05-01T00:00:00.000Z',
      participants: people.length,
      metrics,
      baselineNetwork: { participants: 8, ties: 3, possibleTies: 28, density: 0.107, meanStrength: 25, links: links.slice(0, 3) },
      internalNetwork: { participants: 8, ties: 7, possibleTies: 28, density: 0.25, meanStrength: 32.4, links },
    },
    participants: {
      cohortId: '00000000-0000-4000-8000-0000000000c1',
      baselineAt: '2026-03-02T00:00:00.000Z',
      asOf: '2026-05-01T00:00:00.000Z',
      items: people.map((p, i) => ({
        ...p,
        metrics: Object.fromEntries(
          summaryMetricKeys.map((k) => {
            const b = value(k, i, false);
            const c = value(k, i, true);
            return [k, { baseline: b, current: c, change: b === null || c === null ? null : c - b }];
          }),
        ) as CohortReportData['participants']['items'][number]['metrics'],
      })),
    },
    series: {
      cohortId: '00000000-0000-4000-8000-0000000000c1',
      from: '2026-03-02T00:00:00.000Z',
      asOf: '2026-05-01T00:00:00.000Z',
      points: Array.from({ length: 9 }, (_, w) => ({
        at: new Date(Date.parse('2026-03-02T00:00:00Z') + w * 7 * 86_400_000).toISOString(),
        metrics: Object.fromEntries(
          cohortMetricKeys.map((k) => [k, { n: 8, p25: 20 + w * 2, median: 30 + w * 3 + (k.length % 5) * 4, p75: 50 + w }]),
        ) as CohortReportData['series']['points'][number]['metrics'],
      })),
    },
  };
}

export function managerDashboardFixture(): ManagerDashboardResponse {
  const cohort = cohortReportFixture();
  const figures = {
    people: 12,
    metrics: cohort.summary.metrics.flatMap(({ kind: _kind, metric, ...m }) =>
      (cohortMetricKeys as readonly string[]).includes(metric) ? [{ ...m, metric: metric as CohortMetricKey, withheld: false }] : [],
    ),
    siloIndex: -0.214,
    bridges: { crossDepartmentTies: 9, peopleBridging: 6 },
  };
  return {
    managerId: '00000000-0000-4000-8000-0000000000aa',
    managerName: 'Maria Santos',
    asOf: '2026-05-01T00:00:00.000Z',
    baselineAt: '2026-01-31T00:00:00.000Z',
    k: 5,
    hasReports: true,
    organisation: { suppressed: false, value: figures },
    departments: [
      { department: 'Engineering', figures: { suppressed: false, value: { ...figures, people: 8 } } },
      { department: 'Finance', figures: { suppressed: true, reason: 'complementary' } },
      { department: 'Legal', figures: { suppressed: true, reason: 'fewer_than_k' } },
    ],
    trend: {
      suppressed: false,
      value: cohort.series.points.map((p) => ({
        at: p.at,
        metrics: Object.fromEntries(Object.entries(p.metrics).map(([k, d]) => [k, d.median])) as Record<CohortMetricKey, number | null>,
      })),
    },
  };
}
