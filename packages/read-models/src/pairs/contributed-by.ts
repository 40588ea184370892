/**
 * SQL: whether the person `person` (an SQL expression) was in a contribution at or before
 * `at`. Pairs are stored once (pairs-stored-once.schema.ts), so the person is either end
 * of a stored row: one index probe on each side. (Through the view of both sides, the
 * planner may hash the whole view instead of probing it.)
 */
export const contributedBy = (person: string, at: string): string =>
  `(EXISTS (SELECT 1 FROM rm_pair_contributions c WHERE c.person_id = ${person} AND c.occurred_at <= ${at})
     OR EXISTS (SELECT 1 FROM rm_pair_contributions c WHERE c.counterpart_id = ${person} AND c.occurred_at <= ${at}))`;
