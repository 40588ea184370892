import {
  cohortMetricKeys,
  metricLabels,
  type CohortMetricKey,
  type GroupFigures,
  type ManagerDashboardResponse,
  type Suppressible,
} from '@rapport/contracts';
import {
  compareMetric,
  groupFiguresInstant,
  managerDashboardInstants,
  distributionOf,
  disclosuresOf,
  siloFiguresOf,
  type Disclosure,
  type StrengthParameters,
} from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import { groupMetricsOverTime, type PersonMetricValues } from '../cohorts/group-metrics.query';
import type { KeptPersonalText } from '../personal-text';
import { openedNames } from '../structure/organisation.query';
import { pairStrengthsAt } from '../structure/pair-strengths.query';
import { keepDashboard, keptDashboard, type KeptDashboard } from './kept-dashboards';
import { peopleStateName, reportingLines } from './reporting-lines';

type Metrics = ReadonlyMap<string, PersonMetricValues>;

const unknown = { p25: null, median: null, p75: null };

/** A metric fewer than k people have a value for is withheld inside an otherwise shown group. */
function metricFigures(
  metric: CohortMetricKey,
  before: (number | null)[],
  after: (number | null)[],
  k: number,
): GroupFigures['metrics'][number] {
  const c = compareMetric(before, after);
  if (c.baseline.n >= k && c.current.n >= k && c.compared >= k) return { metric, label: metricLabels[metric], ...c, withheld: false };
  return {
    metric,
    label: metricLabels[metric],
    baseline: { n: c.baseline.n, ...unknown },
    current: { n: c.current.n, ...unknown },
    change: null,
    compared: 0,
    improved: 0,
    withheld: true,
  };
}

function figuresOf(
  people: readonly string[],
  before: Metrics,
  after: Metrics,
  departmentOf: ReadonlyMap<string, string>,
  ties: Parameters<typeof siloFiguresOf>[2],
  k: number,
): GroupFigures {
  const pick = (m: Metrics, key: keyof PersonMetricValues) => people.map((p) => m.get(p)?.[key] ?? null);
  const silo = siloFiguresOf(people, departmentOf, ties);
  return {
    people: people.length,
    metrics: cohortMetricKeys.map((metric) => metricFigures(metric, pick(before, metric), pick(after, metric), k)),
    siloIndex: silo.siloIndex,
    bridges: { crossDepartmentTies: silo.crossDepartmentTies, peopleBridging: silo.peopleBridging },
  };
}

const cell = <T>(disclosure: Disclosure, value: () => T): Suppressible<T> =>
  disclosure.shown ? { suppressed: false, value: value() } : { suppressed: true, reason: disclosure.reason };

type Lines = Awaited<ReturnType<typeof reportingLines>>;
const kept = new WeakMap<
  SqlExecutor,
  { readonly key: string; readonly lines: Lines; readonly disclose: ReturnType<typeof disclosuresOf> }
>();

/**
 * The reporting lines and every manager's disclosure, decided once on the whole
 * organisation and kept while the people's state stays the same (reporting-lines.ts).
 */
async function disclosuresFor(db: SqlExecutor, k: number) {
  const state = await peopleStateName(db);
  const key = `${k}/${state ?? ''}`;
  const seen = kept.get(db);
  if (state !== null && seen?.key === key) return seen;
  const lines = await reportingLines(db);
  const decided = { key, lines, disclose: disclosuresOf(lines, k) };
  if (state !== null) kept.set(db, decided);
  return decided;
}

/**
 * SPEC §6.6 manager analytics over the whole reporting subtree at the end of the last
 * completed week, with every cell passed through the k-anonymity rules
 * (docs/privacy.md): no figure over fewer than k people, complementary and differencing
 * suppression decided on the reporting lines alone. Read as one kept row while it is
 * valid (kept-dashboards.ts), else computed from the kept person figures and kept.
 * Null for an unknown manager. The manager's name is opened when `names` is given (else '').
 */
export async function managerDashboardAt(
  db: SqlExecutor,
  managerId: string,
  requestedAsOf: number,
  k: number,
  strength: StrengthParameters,
  names: KeptPersonalText | null,
): Promise<ManagerDashboardResponse | null> {
  const asOf = groupFiguresInstant(requestedAsOf);
  const { key: reportingLinesKey, lines, disclose } = await disclosuresFor(db, k);
  const disclosure = disclose(managerId);
  const anyShown = disclosure.total.shown || disclosure.departments.some((d) => d.disclosure.shown);
  const people = anyShown ? disclosure.members : [];
  const key = { managerId, at: asOf, k, reportingLines: reportingLinesKey };
  const found = await keptDashboard(db, key);
  if (!found) return null;
  const [managerName] = names ? await openedNames(db, names, [{ person_id: managerId, display_name: found.managerName }]) : [''];
  if (found.kept) return { ...found.kept, managerName: managerName! };

  const departmentOf = new Map(lines.map((l) => [l.personId, l.department]));
  const { baseline: baselineAt, trend: trendInstants } = managerDashboardInstants(asOf);
  const [[before = new Map(), after = new Map(), ...weekly], ties] = await Promise.all([
    groupMetricsOverTime(db, people, [baselineAt, asOf, ...(disclosure.total.shown ? trendInstants : [])], strength),
    anyShown ? pairStrengthsAt(db, asOf, strength, { touching: people }) : Promise.resolve([]),
  ]);
  const trend = () =>
    trendInstants.map((at, i) => {
      const m = weekly[i] ?? new Map<string, PersonMetricValues>();
      const medians = cohortMetricKeys.map((metric) => {
        const d = distributionOf(people.map((p) => m.get(p)?.[metric] ?? null));
        return [metric, d.n >= k ? d.median : null];
      });
      return {
        at: new Date(at).toISOString(),
        metrics: Object.fromEntries(medians) as Record<(typeof cohortMetricKeys)[number], number | null>,
      };
    });
  const dashboard: KeptDashboard = {
    managerId,
    asOf: new Date(asOf).toISOString(),
    baselineAt: new Date(baselineAt).toISOString(),
    k,
    hasReports: lines.some((l) => l.managerId === managerId),
    organisation: cell(disclosure.total, () => figuresOf(disclosure.members, before, after, departmentOf, ties, k)),
    departments: disclosure.departments.map((d) => ({
      department: d.department,
      figures: cell(d.disclosure, () => figuresOf(d.members, before, after, departmentOf, ties, k)),
    })),
    trend: disclosure.total.shown ? { suppressed: false, value: trend() } : { suppressed: true, reason: disclosure.total.reason },
  };
  if (asOf <= found.horizon) await keepDashboard(db, key, found.versions, dashboard);
  return { ...dashboard, managerName: managerName! };
}
