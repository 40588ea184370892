import { strengthFromSums, type ScoredTie, type StrengthParameters } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';

interface PairRow extends Record<string, unknown> {
  person_id: string;
  counterpart_id: string;
  epoch_weight: number;
  by_person: string | number;
  by_counterpart: string | number;
}

/** Which pairs to score: every pair, pairs with one end in a group, or pairs inside a group. */
export type PairScope = { readonly touching: readonly string[] } | { readonly between: readonly string[] };

/**
 * S(a, b, T) of every pair with a contribution by T, each pair once (or only the pairs of
 * `scope`). The sums are done in SQL (the contributions are stored in both directions; one
 * direction is read).
 */
export async function pairStrengthsAt(db: SqlExecutor, asOf: number, p: StrengthParameters, scope?: PairScope): Promise<ScoredTie[]> {
  const group = scope ? ('touching' in scope ? scope.touching : scope.between) : null;
  const among = !scope
    ? ''
    : 'touching' in scope
      ? 'AND (person_id = ANY($2::uuid[]) OR counterpart_id = ANY($2::uuid[]))'
      : 'AND person_id = ANY($2::uuid[]) AND counterpart_id = ANY($2::uuid[])';
  if (group && group.length === 0) return [];
  const { rows } = await db.query<PairRow>(
    `SELECT person_id, counterpart_id, sum(epoch_weight) AS epoch_weight,
            count(*) FILTER (WHERE initiator_id = person_id) AS by_person,
            count(*) FILTER (WHERE initiator_id = counterpart_id) AS by_counterpart
       FROM rm_tie_contributions
      WHERE person_id < counterpart_id AND occurred_at <= $1 ${among}
      GROUP BY person_id, counterpart_id`,
    group ? [new Date(asOf).toISOString(), group] : [new Date(asOf).toISOString()],
  );
  return rows.map((r) => ({
    personA: r.person_id,
    personB: r.counterpart_id,
    strength: strengthFromSums(Number(r.epoch_weight), Number(r.by_person), Number(r.by_counterpart), asOf, p),
  }));
}
