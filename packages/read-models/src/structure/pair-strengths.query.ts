import { strengthFromSums, weekStartOf, type ScoredTie, type StrengthParameters } from '@rapport/domain';
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

/** Where a scope's pairs are read, each once: tables (the stored pairs, or every person's ties), joins and condition. */
function pairsOf(scope: PairScope | undefined): { totals: string; weeks: string; contributions: string; join: string; where: string } {
  // Every pair, each once: the totals from the lower id's side, the weeks and contributions as stored.
  if (!scope) {
    const stored = { weeks: 'rm_pair_week_totals', contributions: 'rm_pair_contributions' };
    return { totals: 'rm_pair_summaries', ...stored, join: '', where: 's.person_id < s.counterpart_id' };
  }
  // Totals in both directions, and the views of weeks and contributions from both sides.
  const views = { totals: 'rm_pair_summaries', weeks: 'rm_pair_weeks', contributions: 'rm_tie_contributions' };
  if ('between' in scope) {
    return {
      ...views,
      join: 'JOIN unnest($3::uuid[]) AS m(id) ON s.person_id = m.id JOIN unnest($3::uuid[]) AS o(id) ON s.counterpart_id = o.id',
      where: 's.person_id < s.counterpart_id',
    };
  }
  // A pair with both ends in the group once (as person < counterpart); a pair leaving it from the member's side.
  return {
    ...views,
    join: 'JOIN unnest($3::uuid[]) AS m(id) ON s.person_id = m.id LEFT JOIN unnest($3::uuid[]) AS o(id) ON s.counterpart_id = o.id',
    where: '(s.person_id < s.counterpart_id OR o.id IS NULL)',
  };
}

/**
 * S(a, b, T) of every pair with a contribution by T, each pair once (or only the pairs of
 * `scope`), from the pair sums in one statement: a pair in contact after T is its summary
 * less its weeks from T's week on, plus its contributions of that week up to T. (The
 * condition sits inside each lateral query, where it skips the query for every other pair.)
 */
export async function pairStrengthsAt(db: SqlExecutor, asOf: number, p: StrengthParameters, scope?: PairScope): Promise<ScoredTie[]> {
  const group = scope ? ('touching' in scope ? scope.touching : scope.between) : null;
  if (group && group.length === 0) return [];
  const pairs = pairsOf(scope);
  const { rows } = await db.query<PairRow>(
    `SELECT s.person_id, s.counterpart_id,
            s.w_interaction + s.w_help + s.w_introduction + s.w_thank_you - coalesce(later.w, 0) + coalesce(week.w, 0) AS epoch_weight,
            s.by_person - coalesce(later.by_person, 0) + coalesce(week.by_person, 0) AS by_person,
            s.by_counterpart - coalesce(later.by_counterpart, 0) + coalesce(week.by_counterpart, 0) AS by_counterpart
       FROM ${pairs.totals} s ${pairs.join}
       LEFT JOIN LATERAL (
         SELECT sum(d.w_interaction + d.w_help + d.w_introduction + d.w_thank_you) AS w, sum(d.by_person) AS by_person,
                sum(d.by_counterpart) AS by_counterpart, sum(d.contributions) AS n
           FROM ${pairs.weeks} d
          WHERE s.last_contact > $1 AND d.person_id = s.person_id AND d.counterpart_id = s.counterpart_id AND d.week_start >= $2) AS later
         ON true
       LEFT JOIN LATERAL (
         SELECT sum(c.epoch_weight) AS w, count(*) FILTER (WHERE c.initiator_id = c.person_id) AS by_person,
                count(*) FILTER (WHERE c.initiator_id = c.counterpart_id) AS by_counterpart, count(*) AS n
           FROM ${pairs.contributions} c
          WHERE s.last_contact > $1 AND c.person_id = s.person_id AND c.counterpart_id = s.counterpart_id
            AND c.occurred_at >= $2 AND c.occurred_at <= $1) AS week
         ON true
      WHERE ${pairs.where}
        AND s.contributions - coalesce(later.n, 0) + coalesce(week.n, 0) > 0`,
    [new Date(asOf).toISOString(), new Date(weekStartOf(asOf)).toISOString(), ...(group ? [group] : [])],
  );
  // Each pair as (lower id, higher id), whichever side it was read from.
  return rows.map((r) => ({
    personA: r.person_id < r.counterpart_id ? r.person_id : r.counterpart_id,
    personB: r.person_id < r.counterpart_id ? r.counterpart_id : r.person_id,
    strength: strengthFromSums(Number(r.epoch_weight), Number(r.by_person), Number(r.by_counterpart), asOf, p),
  }));
}
