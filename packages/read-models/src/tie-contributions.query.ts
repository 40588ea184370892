import type { Channel } from '@rapport/contracts';
import type { ContributionSource, ScoringContribution, TieContribution } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';

export interface ContributionRow extends Record<string, unknown> {
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

export const CONTRIBUTION_COLUMNS = `event_id, source_id, source, person_id, counterpart_id, initiator_id, occurred_at, weight,
            channel, depth, receiver_id, handwritten`;

/** Every contribution of a person up to T: the history the pair sums add up (the tests' reference). */
export async function contributionsOf(db: SqlExecutor, personId: string, upTo: number): Promise<TieContribution[]> {
  const { rows } = await db.query<ContributionRow>(
    `SELECT ${CONTRIBUTION_COLUMNS} FROM rm_tie_contributions WHERE person_id = $1 AND occurred_at <= $2`,
    [personId, new Date(upTo).toISOString()],
  );
  return rows.map(toContribution);
}

/** Contribution rows as contributions, by counterpart. */
export function byCounterpart(rows: readonly ContributionRow[]): Map<string, TieContribution[]> {
  const out = new Map<string, TieContribution[]>();
  for (const row of rows) {
    const list = out.get(row.counterpart_id) ?? [];
    list.push(toContribution(row));
    out.set(row.counterpart_id, list);
  }
  return out;
}

/**
 * Only what scoring reads of the contributions of several people up to T, by person:
 * the instant as epoch milliseconds, so no dates are parsed (tie scores over a group at
 * several instants, where no explanation is shown).
 */
export async function scoringContributionsOf(
  db: SqlExecutor,
  personIds: readonly string[],
  upTo: number,
): Promise<Map<string, ScoringContribution[]>> {
  const out = new Map<string, ScoringContribution[]>(personIds.map((id) => [id, []]));
  if (personIds.length === 0) return out;
  const { rows } = await db.query<{
    person_id: string;
    counterpart_id: string;
    source: ContributionSource;
    initiator_id: string;
    at_ms: number;
    weight: number;
  }>(
    `SELECT person_id, counterpart_id, source, initiator_id, floor(extract(epoch FROM occurred_at) * 1000)::float8 AS at_ms, weight
       FROM rm_tie_contributions WHERE person_id = ANY($1::uuid[]) AND occurred_at <= $2`,
    [personIds, new Date(upTo).toISOString()],
  );
  for (const r of rows) {
    out.get(r.person_id)?.push({
      personB: r.counterpart_id,
      source: r.source,
      initiatorId: r.initiator_id,
      occurredAt: Number(r.at_ms),
      weight: Number(r.weight),
    });
  }
  return out;
}
