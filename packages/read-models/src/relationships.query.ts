import {
  explainedStrength,
  relationshipStrength,
  TieScoreAccumulator,
  tieScoreAt,
  tieScoreFromSums,
  type RelationshipStrength,
  type ScoringContribution,
  type StrengthParameters,
  type TieContribution,
  type TieScore,
} from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import { pairSumsAt, pairSummariesOf } from './pairs/pair-sums.query';

/** Every tie of a person as of T with its explanation, strongest first (SPEC §6.2), from the pair sums. */
export async function relationshipsOf(
  db: SqlExecutor,
  personId: string,
  asOf: number,
  p: StrengthParameters,
): Promise<RelationshipStrength[]> {
  const sums = await pairSumsAt(db, personId, asOf, p);
  return [...sums].map(([counterpartId, s]) => explainedStrength(personId, counterpartId, s, asOf, p)).sort(strongestFirst);
}

/** One tie as of T with its explanation; strength 0 when the two had no contact by T. */
export async function relationshipBetween(
  db: SqlExecutor,
  personId: string,
  otherId: string,
  asOf: number,
  p: StrengthParameters,
): Promise<RelationshipStrength> {
  const sums = (await pairSumsAt(db, personId, asOf, p, otherId)).get(otherId);
  return sums ? explainedStrength(personId, otherId, sums, asOf, p) : relationshipStrength(personId, otherId, [], asOf, p);
}

/** Every tie of a person as of T scored without explanations, strongest first. */
export async function tieScoresOf(db: SqlExecutor, personId: string, asOf: number, p: StrengthParameters): Promise<TieScore[]> {
  const sums = await pairSumsAt(db, personId, asOf, p);
  return [...sums].map(([counterpartId, s]) => tieScoreFromSums(counterpartId, s, asOf, p)).sort(strongestFirst);
}

/**
 * Every tie of each of several people as of T scored without explanations, strongest
 * first: their summaries in one statement; a person with a tie in contact after T is
 * read alone (tieScoresOf), which a T at or after now never needs.
 */
export async function tieScoresOfGroup(
  db: SqlExecutor,
  personIds: readonly string[],
  asOf: number,
  p: StrengthParameters,
): Promise<Map<string, TieScore[]>> {
  const summaries = await pairSummariesOf(db, personIds);
  const out = new Map<string, TieScore[]>();
  const readAlone: string[] = [];
  for (const personId of personIds) {
    const ties = summaries.get(personId) ?? new Map();
    if ([...ties.values()].some((s) => s.lastContact !== null && s.lastContact > asOf)) readAlone.push(personId);
    else out.set(personId, [...ties].map(([counterpartId, s]) => tieScoreFromSums(counterpartId, s, asOf, p)).sort(strongestFirst));
  }
  for (const personId of readAlone) out.set(personId, await tieScoresOf(db, personId, asOf, p));
  return out;
}

/** A person's ties as of T from their contributions (any after T are left out), strongest first: the from-history reference. */
export function relationshipsFrom(personId: string, contributions: readonly TieContribution[], asOf: number, p: StrengthParameters) {
  return tiesFrom(contributions, asOf, (counterpartId, list) => relationshipStrength(personId, counterpartId, list, asOf, p));
}

/** The same ties scored without their explanations. */
export function tieScoresFrom(personId: string, contributions: readonly ScoringContribution[], asOf: number, p: StrengthParameters) {
  return tiesFrom(contributions, asOf, (counterpartId, list) => tieScoreAt(personId, counterpartId, list, asOf, p));
}

/** Each counterpart's contributions up to T, scored by `score`, strongest first. */
function tiesFrom<C extends ScoringContribution, T extends { strength: number; counterpartId: string }>(
  contributions: readonly C[],
  asOf: number,
  score: (counterpartId: string, contributions: C[]) => T,
): T[] {
  return [...byCounterpart(contributions, asOf)].map(([counterpartId, list]) => score(counterpartId, list)).sort(strongestFirst);
}

/**
 * A person's tie scores at each of several instants (one list per instant, in the order
 * given): their contributions are taken in time order and each tie's sums carried from
 * one instant to the next.
 */
export function tieScoresOverTime(
  personId: string,
  contributions: readonly ScoringContribution[],
  instants: readonly number[],
  p: StrengthParameters,
): TieScore[][] {
  const inTimeOrder = [...contributions].sort((a, b) => a.occurredAt - b.occurredAt);
  const ties = new Map<string, TieScoreAccumulator>();
  const out: TieScore[][] = new Array(instants.length);
  let next = 0;
  for (const i of instants.map((_, index) => index).sort((a, b) => instants[a]! - instants[b]!)) {
    const asOf = instants[i]!;
    for (; next < inTimeOrder.length && inTimeOrder[next]!.occurredAt <= asOf; next++) {
      const c = inTimeOrder[next]!;
      let tie = ties.get(c.personB);
      if (!tie) ties.set(c.personB, (tie = new TieScoreAccumulator(personId, c.personB, p)));
      tie.add(c);
    }
    out[i] = [...ties.values()].map((tie) => tie.scoreAt(asOf)).sort(strongestFirst);
  }
  return out;
}

function byCounterpart<C extends ScoringContribution>(contributions: readonly C[], asOf: number): Map<string, C[]> {
  const out = new Map<string, C[]>();
  for (const c of contributions) {
    if (c.occurredAt > asOf) continue;
    const list = out.get(c.personB) ?? [];
    list.push(c);
    out.set(c.personB, list);
  }
  return out;
}

export const strongestFirst = (a: { strength: number; counterpartId: string }, b: { strength: number; counterpartId: string }) =>
  b.strength - a.strength || a.counterpartId.localeCompare(b.counterpartId);
