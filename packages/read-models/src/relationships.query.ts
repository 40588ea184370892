import type { Channel } from '@rapport/contracts';
import {
  networkSummary,
  relationshipStrength,
  type ContributionSource,
  type NetworkSummary,
  type RelationshipStrength,
  type StrengthParameters,
  type TieContribution,
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

/** Every tie of a person as of T, strongest first (SPEC §6.2). */
export async function relationshipsOf(
  db: SqlExecutor,
  personId: string,
  asOf: number,
  p: StrengthParameters,
): Promise<RelationshipStrength[]> {
  const { rows } = await db.query<ContributionRow>(
    `SELECT event_id, source_id, source, person_id, counterpart_id, initiator_id, occurred_at, weight,
            channel, depth, receiver_id, handwritten
       FROM rm_tie_contributions
      WHERE person_id = $1 AND occurred_at <= $2`,
    [personId, new Date(asOf).toISOString()],
  );
  const byCounterpart = new Map<string, TieContribution[]>();
  for (const row of rows) {
    const list = byCounterpart.get(row.counterpart_id) ?? [];
    list.push(toContribution(row));
    byCounterpart.set(row.counterpart_id, list);
  }
  return [...byCounterpart]
    .map(([counterpartId, contributions]) => relationshipStrength(personId, counterpartId, contributions, asOf, p))
    .sort((a, b) => b.strength - a.strength || a.counterpartId.localeCompare(b.counterpartId));
}

export async function networkOf(
  db: SqlExecutor,
  personId: string,
  asOf: number,
  p: StrengthParameters,
): Promise<NetworkSummary> {
  return networkSummary(await relationshipsOf(db, personId, asOf, p));
}
