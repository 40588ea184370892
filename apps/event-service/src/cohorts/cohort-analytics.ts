import {
  cohortMetricKeys,
  isHabit,
  isStructural,
  metricLabels,
  summaryMetricKeys,
  type SummaryMetricKey,
  type CohortParticipantsResponse,
  type CohortSeriesResponse,
  type CohortSummaryResponse,
} from '@rapport/contracts';
import { MS_PER_DAY, compareMetric, distributionOf, internalNetworkOf, type StrengthParameters } from '@rapport/domain';
import type { Database, SqlExecutor } from '@rapport/event-store';
import {
  cohortParticipants,
  groupMetricsOverTime,
  pairStrengthsAt,
  structureFor,
  structureOfPeople,
  type CohortRow,
  type KeptPersonalText,
} from '@rapport/read-models';

const WEEK = 7 * MS_PER_DAY;
/** A series longer than this many weeks keeps its latest points. */
const MAX_POINTS = 60;

export interface CohortAnalytics {
  readonly summary: CohortSummaryResponse;
  readonly participants: CohortParticipantsResponse;
}

type AllValues = Record<SummaryMetricKey, number | null>;

const values = (metrics: ReadonlyMap<string, Partial<AllValues>>, people: readonly string[], key: SummaryMetricKey) =>
  people.map((p) => metrics.get(p)?.[key] ?? null);

const round3 = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

/** §6.3 ego metrics and habits at each instant, plus the structural metrics of the run for it (computed on demand, then kept). */
async function everyMetricOverTime(
  db: Database,
  people: readonly string[],
  instants: readonly number[],
  strength: StrengthParameters,
  now: () => number,
): Promise<Map<string, AllValues>[]> {
  const ego = await groupMetricsOverTime(db, people, instants, strength);
  return Promise.all(
    instants.map(async (asOf, i) => {
      const run = await structureFor(db, asOf, { strength, now });
      const structure = await structureOfPeople(db, run.runId, people);
      const out = new Map<string, AllValues>();
      for (const [personId, metrics] of ego[i] ?? []) {
        const s = structure.get(personId);
        out.set(personId, {
          ...metrics,
          pageRankPercentile: s ? round3(s.pageRankPercentile) : null,
          effectiveSize: s ? round3(s.effectiveSize) : null,
          constraint: s ? round3(s.constraint) : null,
          betweenness: s ? round3(s.betweenness) : null,
          clustering: s ? round3(s.clustering) : null,
          twoStepReach: s ? s.twoStepReach : null,
        });
      }
      return out;
    }),
  );
}

/** The cohort start: midnight UTC of startsOn, never after T. */
export const baselineOf = (cohort: CohortRow, asOf: number): number => Math.min(Date.parse(`${cohort.startsOn}T00:00:00Z`), asOf);

/** SPEC §6.6: every metric at the cohort start and as of T, per participant and summarised. */
export async function cohortAnalytics(
  db: Database,
  names: KeptPersonalText,
  cohort: CohortRow,
  asOf: number,
  strength: StrengthParameters,
  now: () => number,
): Promise<CohortAnalytics> {
  const members = await cohortParticipants(db, cohort.cohortId, names);
  const people = members.map((m) => m.personId);
  const baselineAt = baselineOf(cohort, asOf);
  const [[before = new Map(), after = new Map()], tiesBefore, tiesNow] = await Promise.all([
    everyMetricOverTime(db, people, [baselineAt, asOf], strength, now),
    pairStrengthsAt(db, baselineAt, strength, { between: people }),
    pairStrengthsAt(db, asOf, strength, { between: people }),
  ]);
  const times = { baselineAt: new Date(baselineAt).toISOString(), asOf: new Date(asOf).toISOString() };
  const summary: CohortSummaryResponse = {
    cohortId: cohort.cohortId,
    name: cohort.name,
    programName: cohort.programName,
    startsOn: cohort.startsOn,
    endsOn: cohort.endsOn,
    goals: cohort.goals,
    ...times,
    participants: people.length,
    metrics: summaryMetricKeys.map((metric) => ({
      metric,
      kind: isHabit(metric) ? 'habit' : isStructural(metric) ? 'structure' : 'network',
      label: metricLabels[metric],
      ...compareMetric(values(before, people, metric), values(after, people, metric), metric === 'constraint' ? 'lower' : 'higher'),
    })),
    baselineNetwork: internalNetworkOf(people, tiesBefore),
    internalNetwork: internalNetworkOf(people, tiesNow),
  };
  const participants: CohortParticipantsResponse = {
    cohortId: cohort.cohortId,
    ...times,
    items: members.map((m) => ({
      personId: m.personId,
      displayName: m.displayName,
      department: m.department,
      metrics: Object.fromEntries(
        summaryMetricKeys.map((key) => {
          const b = before.get(m.personId)?.[key] ?? null;
          const c = after.get(m.personId)?.[key] ?? null;
          return [key, { baseline: b, current: c, change: b === null || c === null ? null : Math.round((c - b) * 1000) / 1000 }];
        }),
      ) as CohortParticipantsResponse['items'][number]['metrics'],
    })),
  };
  return { summary, participants };
}

/** Weekly instants from the cohort start to T (T itself last). */
export function weeklyInstants(from: number, to: number): number[] {
  const out: number[] = [];
  for (let t = from; t < to; t += WEEK) out.push(t);
  out.push(to);
  return out.slice(-MAX_POINTS);
}

/** SPEC §6.6 weekly series: the distribution of every metric over the participants, week by week. */
export async function cohortSeries(
  db: SqlExecutor,
  cohort: CohortRow,
  asOf: number,
  strength: StrengthParameters,
): Promise<CohortSeriesResponse> {
  const people = (await cohortParticipants(db, cohort.cohortId, null)).map((m) => m.personId);
  const from = baselineOf(cohort, asOf);
  const instants = weeklyInstants(from, asOf);
  const weekly = await groupMetricsOverTime(db, people, instants, strength);
  const points = instants.map((at, i) => ({
    at: new Date(at).toISOString(),
    metrics: Object.fromEntries(
      cohortMetricKeys.map((key) => [key, distributionOf(values(weekly[i] ?? new Map(), people, key))]),
    ) as CohortSeriesResponse['points'][number]['metrics'],
  }));
  return { cohortId: cohort.cohortId, from: new Date(from).toISOString(), asOf: new Date(asOf).toISOString(), points };
}
