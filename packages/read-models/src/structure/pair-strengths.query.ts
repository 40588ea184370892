import { strengthFromSums, type ScoredTie, type StrengthParameters } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';

interface PairRow extends Record<string, unknown> {
  person_id: string;
  counterpart_id: string;
  epoch_weight: number;
  by_person: string | number;
  by_counterpart: string | number;
}

/**
 * S(a, b, T) of every pair with a contribution by T, each pair once. The sums are done
 * in SQL (the contributions are stored in both directions; one direction is read).
 */
export async function pairStrengthsAt(db: SqlExecutor, asOf: number, p: StrengthParameters): Promise<ScoredTie[]> {
  const { rows } = await db.query<PairRow>(
    `SELECT person_id, counterpart_id, sum(epoch_weight) AS epoch_weight,
            count(*) FILTER (WHERE initiator_id = person_id) AS by_person,
            count(*) FILTER (WHERE initiator_id = counterpart_id) AS by_counterpart
       FROM rm_tie_contributions
      WHERE person_id < counterpart_id AND occurred_at <= $1
      GROUP BY person_id, counterpart_id`,
    [new Date(asOf).toISOString()],
  );
  return rows.map((r) => ({
    personA: r.person_id,
    personB: r.counterpart_id,
    strength: strengthFromSums(Number(r.epoch_weight), Number(r.by_person), Number(r.by_counterpart), asOf, p),
  }));
}
