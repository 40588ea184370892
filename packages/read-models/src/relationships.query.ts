import type { Channel } from '@rapport/contracts';
import {
  networkSummary,
  relationshipStrength,
  TieScoreAccumulator,
  tieScoreAt,
  tieScoreOf,
  type ContributionSource,
  type NetworkSummary,
  type RelationshipStrength,
  type StrengthParameters,
  type TieContribution,
  type ScoringContribution,
  type TieScore,
} from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';

interface ContributionRow extends Record<string, unknown> {
  event_id: string;
  source_id: string;
  source: ContributionSource;
  person_id: string;
  counterpart_id: string;
  initiator_id: string;
  occurred_at: Date | string;
  weight: number;
  channel: Channel | null;
  depth: number | null;
  receiver_id: string | null;
  handwritten: boolean | null;
}

const toContribution = (r: ContributionRow): TieContribution => ({
  eventId: r.event_id,
  sourceId: r.source_id,
  source: r.source,
  personA: r.person_id,
  personB: r.counterpart_id,
  initiatorId: r.initiator_id,
  occurredAt: new Date(r.occurred_at).getTime(),
  weight: Number(r.weight),
  ...(r.channel ? { channel: r.channel } : {}),
  ...(r.depth !== null ? { depth: Number(r.depth) } : {}),
  ...(r.receiver_id ? { receiverId: r.receiver_id } : {}),
  ...(r.handwritten !== null ? { handwritten: r.handwritten } : {}),
});

const CONTRIBUTION_COLUMNS = `event_id, source_id, source, person_id, counterpart_id, initiator_id, occurred_at, weight,
            channel, depth, receiver_id, handwritten`;

/** Every tie of a person as of T, strongest first (SPEC §6.2). */
export async function relationshipsOf(
  db: SqlExecutor,
  personId: string,
  asOf: number,
  p: StrengthParameters,
): Promise<RelationshipStrength[]> {
  const { rows } = await db.query<ContributionRow>(
    `SELECT ${CONTRIBUTION_COLUMNS} FROM rm_tie_contributions WHERE person_id = $1 AND occurred_at <= $2`,
    [personId, new Date(asOf).toISOString()],
  );
  return relationshipsFrom(personId, rows.map(toContribution), asOf, p);
}

/** Every tie of a person as of T scored without explanations, strongest first. */
export async function tieScoresOf(db: SqlExecutor, personId: string, asOf: number, p: StrengthParameters): Promise<TieScore[]> {
  const contributions = await scoringContributionsOf(db, [personId], asOf);
  return tieScoresFrom(personId, contributions.get(personId) ?? [], asOf, p);
}

/**
 * Only what scoring reads of the contributions of several people up to T, by person:
 * the instant as epoch milliseconds, so no dates are parsed (tie scores over a group or
 * a person's network, where no explanation is shown).
 */
export async function scoringContributionsOf(db: SqlExecutor, personIds: readonly string[], upTo: number): Promise<Map<string, ScoringContribution[]>> {
  const out = new Map<string, ScoringContribution[]>(personIds.map((id) => [id, []]));
  if (personIds.length === 0) return out;
  const { rows } = await db.query<{ person_id: string; counterpart_id: string; source: ContributionSource; initiator_id: string; at_ms: number; weight: number }>(
    `SELECT person_id, counterpart_id, source, initiator_id, floor(extract(epoch FROM occurred_at) * 1000)::float8 AS at_ms, weight
       FROM rm_tie_contributions WHERE person_id = ANY($1::uuid[]) AND occurred_at <= $2`,
    [personIds, new Date(upTo).toISOString()],
  );
  for (const r of rows) {
    out.get(r.person_id)?.push({ personB: r.counterpart_id, source: r.source, initiatorId: r.initiator_id, occurredAt: Number(r.at_ms), weight: Number(r.weight) });
  }
  return out;
}

/** A person's ties as of T from their contributions (any after T are left out), strongest first. */
export function relationshipsFrom(
  personId: string,
  contributions: readonly TieContribution[],
  asOf: number,
  p: StrengthParameters,
): RelationshipStrength[] {
  return [...byCounterpart(contributions, asOf)]
    .map(([counterpartId, list]) => relationshipStrength(personId, counterpartId, list, asOf, p))
    .sort(strongestFirst);
}

/** The same ties scored without their explanations (as network metrics over many people read them). */
export function tieScoresFrom(personId: string, contributions: readonly ScoringContribution[], asOf: number, p: StrengthParameters): TieScore[] {
  return [...byCounterpart(contributions, asOf)].map(([counterpartId, list]) => tieScoreAt(personId, counterpartId, list, asOf, p)).sort(strongestFirst);
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

const strongestFirst = (a: { strength: number; counterpartId: string }, b: { strength: number; counterpartId: string }) =>
  b.strength - a.strength || a.counterpartId.localeCompare(b.counterpartId);

export async function networkOf(
  db: SqlExecutor,
  personId: string,
  asOf: number,
  p: StrengthParameters,
): Promise<NetworkSummary> {
  return networkSummary((await relationshipsOf(db, personId, asOf, p)).map(tieScoreOf));
}
