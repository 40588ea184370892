import type { CohortMetricKey } from '@rapport/contracts';
import {
  firstMeetingsOf,
  habitScorecard,
  personNetworkMetrics,
  type HabitScorecard,
  type PersonNetworkMetrics,
  type StrengthParameters,
} from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import { tieScoresOverTime } from '../relationships.query';
import { scoringContributionsOf } from '../tie-contributions.query';
import { scorecardFactsFrom, scorecardHistoriesOf } from '../signals/scorecard.query';
import { organisationCategoriesAt } from '../structure/organisation-categories';
import { profilesOf } from '../structure/organisation.query';
import { tieScoresOfGroup } from '../relationships.query';
import { keptOrComputed } from '../snapshots/person-snapshots.query';

export type PersonMetricValues = Record<CohortMetricKey, number | null>;

const round3 = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

/** A person's cohort metrics from their network metrics and habit scores (rounded as the API shows them). */
export function metricValuesOf(m: PersonNetworkMetrics, h: HabitScorecard['habits'] | null): PersonMetricValues {
  return {
    size: m.size,
    strongTies: m.strongTies,
    supportSystem: m.supportSystem,
    crossDepartmentTies: m.crossDepartmentTies,
    crossFunctionTies: m.crossFunctionTies,
    diversity: round3(m.diversity.composite),
    expertiseCoverage: round3(m.expertiseCoverage),
    feltHeard: h?.feltHeard.score ?? null,
    targets: h?.targets.score ?? null,
    theirOffice: h?.theirOffice.score ?? null,
    value: h?.value.score ?? null,
    probing: h?.probing.score ?? null,
    thankYou: h?.thankYou.score ?? null,
  };
}

/**
 * Every §6.3 ego metric and §6.5 habit score of each person as of T, computed by the
 * same functions as the person endpoints.
 */
export async function groupMetricsAt(
  db: SqlExecutor,
  personIds: readonly string[],
  asOf: number,
  strength: StrengthParameters,
): Promise<Map<string, PersonMetricValues>> {
  return (await groupMetricsOverTime(db, personIds, [asOf], strength))[0] ?? new Map();
}

/**
 * The same figures at several instants (a baseline, weekly points), each person's read
 * from their kept snapshot where one is valid; the others are computed from history
 * and kept when their instant is at or before the start of the current week
 * (person-snapshots.query). One map per instant, in order.
 */
export async function groupMetricsOverTime(
  db: SqlExecutor,
  personIds: readonly string[],
  instants: readonly number[],
  strength: StrengthParameters,
): Promise<Map<string, PersonMetricValues>[]> {
  // One instant (usually T, past the kept horizon) reads the pair sums; several read the history once.
  return keptOrComputed(db, personIds, instants, (people, at) =>
    at.length === 1
      ? groupMetricsFromPairSums(db, people, at[0]!, strength).then((one) => [one])
      : groupMetricsFromHistory(db, people, at, strength),
  );
}

/**
 * The figures at one instant from the pair sums: the members' ties in one statement
 * (tieScoresOfGroup), the profiles of the members and their counterparts only, and the
 * members' scorecard facts.
 */
export async function groupMetricsFromPairSums(
  db: SqlExecutor,
  personIds: readonly string[],
  asOf: number,
  strength: StrengthParameters,
): Promise<Map<string, PersonMetricValues>> {
  const out = new Map<string, PersonMetricValues>();
  if (personIds.length === 0) return out;
  const [ties, histories, categories] = await Promise.all([
    tieScoresOfGroup(db, personIds, asOf, strength),
    scorecardHistoriesOf(db, personIds, asOf),
    organisationCategoriesAt(db, asOf),
  ]);
  const everyone = new Set(personIds);
  for (const list of ties.values()) for (const tie of list) everyone.add(tie.counterpartId);
  const profiles = await profilesOf(db, [...everyone], null);
  for (const personId of personIds) {
    const person = profiles.get(personId);
    if (!person) continue;
    const own = ties.get(personId) ?? [];
    const history = histories.get(personId);
    const h = history ? habitScorecard(personId, scorecardFactsFrom(history, own, asOf), asOf).habits : null;
    out.set(personId, metricValuesOf(personNetworkMetrics(person, own, profiles, categories), h));
  }
  return out;
}

/**
 * The figures computed from history: the group's history is read once, up to the latest
 * instant, and cut at each instant in memory — a handful of queries whatever the number
 * of people and instants; profiles are read for the members and their counterparts
 * only, and each member's first meetings found once for every instant. One map per
 * instant, in order.
 */
export async function groupMetricsFromHistory(
  db: SqlExecutor,
  personIds: readonly string[],
  instants: readonly number[],
  strength: StrengthParameters,
): Promise<Map<string, PersonMetricValues>[]> {
  if (personIds.length === 0) return instants.map(() => new Map());
  const upTo = Math.max(...instants);
  const [contributions, histories, categoriesAt] = await Promise.all([
    scoringContributionsOf(db, personIds, upTo),
    scorecardHistoriesOf(db, personIds, upTo),
    Promise.all(instants.map((at) => organisationCategoriesAt(db, at))),
  ]);
  const everyone = new Set(personIds);
  for (const list of contributions.values()) for (const c of list) everyone.add(c.personB);
  const profiles = await profilesOf(db, [...everyone], null);
  const tiesOverTime = new Map(personIds.map((id) => [id, tieScoresOverTime(id, contributions.get(id) ?? [], instants, strength)]));
  const firstMeetings = new Map([...histories].map(([id, history]) => [id, firstMeetingsOf(id, history.interactions)]));
  return instants.map((asOf, i) => {
    const categories = categoriesAt[i]!;
    const out = new Map<string, PersonMetricValues>();
    for (const personId of personIds) {
      const person = profiles.get(personId);
      if (!person) continue;
      const ties = tiesOverTime.get(personId)?.[i] ?? [];
      const m = personNetworkMetrics(person, ties, profiles, categories);
      const history = histories.get(personId);
      const facts = history ? { ...scorecardFactsFrom(history, ties, asOf), firstMeetings: firstMeetings.get(personId) } : null;
      const h = facts ? habitScorecard(personId, facts, asOf).habits : null;
      out.set(personId, metricValuesOf(m, h));
    }
    return out;
  });
}
