import { epochWeight, type StrengthParameters, type TieContribution } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';

/**
 * Stores contributions in both directions with one multi-row insert. Adding a
 * contribution is commutative, so events may arrive in any order and from any worker.
 */
export async function insertContributions(
  tx: SqlExecutor,
  contributions: readonly TieContribution[],
  p: StrengthParameters,
): Promise<void> {
  if (contributions.length === 0) return;
  const columns: unknown[][] = Array.from({ length: 13 }, () => []);
  const push = (c: TieContribution, person: string, counterpart: string) => {
    const values = [
      c.eventId,
      c.sourceId,
      c.source,
      person,
      counterpart,
      c.initiatorId,
      new Date(c.occurredAt).toISOString(),
      c.weight,
      epochWeight(c.weight, c.occurredAt, p),
      c.channel ?? null,
      c.depth ?? null,
      c.receiverId ?? null,
      c.handwritten ?? null,
    ];
    values.forEach((v, i) => columns[i]!.push(v));
  };
  for (const c of contributions) {
    push(c, c.personA, c.personB);
    push(c, c.personB, c.personA);
  }
  await tx.query(
    `INSERT INTO rm_tie_contributions (event_id, source_id, source, person_id, counterpart_id, initiator_id,
       occurred_at, weight, epoch_weight, channel, depth, receiver_id, handwritten)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::uuid[], $6::uuid[],
       $7::timestamptz[], $8::float8[], $9::float8[], $10::text[], $11::float8[], $12::uuid[], $13::boolean[])
     ON CONFLICT DO NOTHING`,
    columns,
  );
}
