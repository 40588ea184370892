import type { SqlExecutor } from '@rapport/event-store';
import { arrayLiteral, columnsOf } from '../sql-arrays';
import { bothSidesOf } from './both-sides';
import { pairTotalColumns } from './totals-both-ways.schema';
import {
  CONTRIBUTION_SUM_INPUTS,
  pairSumColumnList,
  pairSumsOfContributions,
  pairSumsOfRows,
  subtractPairSums,
  weeklyPairSumsOf,
} from './pair-sums.columns';

/**
 * The latest contact of pair `t` (seen from either side) among its stored contributions,
 * within `range`.
 */
const latestStored = (range: string) =>
  `(SELECT c.occurred_at FROM rm_pair_contributions c
     WHERE c.person_id = least(t.person_id, t.counterpart_id) AND c.counterpart_id = greatest(t.person_id, t.counterpart_id) ${range}
     ORDER BY c.occurred_at DESC LIMIT 1)`;

/**
 * Deletes the contributions of these events (a corrected or retracted interaction's)
 * and subtracts them from the pair sums (the totals in both directions, the weeks once).
 * Two statements, whatever the number of events:
 *
 * 1. deletes the contributions and subtracts their sums, which locks every pair row it
 *    changes until the transaction ends;
 * 2. deletes the pair rows left with no contribution, and sets the others' last contact
 *    to the latest contribution left.
 *
 * The latest contact is read in the second statement, not the first, because only then
 * is it exact when two batches remove contributions of one pair at once. A statement
 * sees the contributions as they were when it started; a first statement that waited for
 * another batch's lock on the pair row would still see the contributions that batch
 * deleted. The second statement starts once this transaction holds the pair row, so
 * every other batch that changed the pair has committed, and any later one that adds a
 * contribution raises the last contact after this one commits.
 *
 * The pair's two directions are subtracted from a materialised CTE (`both_sides`), not
 * from a UNION ALL in the UPDATE's FROM. When a row waited for another batch's lock,
 * PostgreSQL checks it again against the new version (its EvalPlanQual recheck); with
 * the UNION ALL, the recheck of a pair's second direction (person above counterpart,
 * the union's second branch) found no match, so that direction alone kept the removed
 * contribution (seen on PostgreSQL 15, with a trigger logging every change to the
 * pair's rows: the row was updated, never deleted, by the batch waited for). A CTE is
 * one relation, whose row is checked as it was read. Tests: concurrent-removals.int.spec.ts,
 * and the six partitions at once of concurrent-batches.int.spec.ts, which failed 3
 * histories of 4.
 */
export async function removeContributions(tx: SqlExecutor, eventIds: readonly string[]): Promise<void> {
  if (eventIds.length === 0) return;
  const { rows } = await tx.query<{
    person_id: string;
    counterpart_id: string;
    week_start: string;
    contributions: number;
    summary_left: number;
  }>(
    `WITH removed AS (
       DELETE FROM rm_pair_contributions WHERE event_id = ANY($1::uuid[])
       RETURNING ${CONTRIBUTION_SUM_INPUTS}
     ),
     weekly AS (${weeklyPairSumsOf('removed')}),
     pairs AS (SELECT d.person_id, d.counterpart_id, ${pairSumsOfRows} FROM weekly d GROUP BY 1, 2),
     both_sides AS MATERIALIZED (${bothSidesOf('pairs', pairTotalColumns)}),
     summaries AS (
       UPDATE rm_pair_summaries t SET ${subtractPairSums()}
         FROM both_sides d
        WHERE t.person_id = d.person_id AND t.counterpart_id = d.counterpart_id
        RETURNING t.person_id, t.counterpart_id, t.contributions
     )
     UPDATE rm_pair_week_totals t SET ${subtractPairSums()}
       FROM weekly d
      WHERE t.person_id = d.person_id AND t.counterpart_id = d.counterpart_id AND t.week_start = d.week_start
      RETURNING t.person_id, t.counterpart_id, t.week_start::text, t.contributions,
                (SELECT s.contributions FROM summaries s WHERE s.person_id = t.person_id AND s.counterpart_id = t.counterpart_id) AS summary_left`,
    [arrayLiteral(eventIds)],
  );
  if (rows.length === 0) return;
  const weeks = rows.map((r) => [r.person_id, r.counterpart_id, r.week_start]);
  const pairs = [...new Map(rows.map((r) => [`${r.person_id} ${r.counterpart_id}`, r])).values()].flatMap((r) => [
    [r.person_id, r.counterpart_id],
    [r.counterpart_id, r.person_id],
  ]);
  await tx.query(
    `WITH empty_weeks AS (
       DELETE FROM rm_pair_week_totals t USING unnest($1::uuid[], $2::uuid[], $3::timestamptz[]) AS e(person_id, counterpart_id, week_start)
        WHERE t.person_id = e.person_id AND t.counterpart_id = e.counterpart_id AND t.week_start = e.week_start AND t.contributions = 0
     ),
     empty_pairs AS (
       DELETE FROM rm_pair_summaries t USING unnest($4::uuid[], $5::uuid[]) AS e(person_id, counterpart_id)
        WHERE t.person_id = e.person_id AND t.counterpart_id = e.counterpart_id AND t.contributions = 0
     ),
     kept_weeks AS (
       UPDATE rm_pair_week_totals t
          SET last_contact = ${latestStored(`AND c.occurred_at >= t.week_start AND c.occurred_at < t.week_start + interval '7 days'`)}
         FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[]) AS e(person_id, counterpart_id, week_start)
        WHERE t.person_id = e.person_id AND t.counterpart_id = e.counterpart_id AND t.week_start = e.week_start AND t.contributions > 0
     )
     UPDATE rm_pair_summaries t SET last_contact = ${latestStored('')}
       FROM unnest($4::uuid[], $5::uuid[]) AS e(person_id, counterpart_id)
      WHERE t.person_id = e.person_id AND t.counterpart_id = e.counterpart_id AND t.contributions > 0`,
    [...columnsOf(weeks, 3), ...columnsOf(pairs, 2)],
  );
}

/**
 * Adds up every stored contribution into the pair sums, which must be empty: how a
 * rebuild fills them after storing contributions alone (ProjectOptions.pairSumsAfterFill).
 * Two statements, independent of each other, given to `run` at once (on PostgreSQL each
 * on a connection of its own): every pair's weeks, and its totals in both directions,
 * each summed from the contributions and written in key order.
 */
export async function sumPairSumsAfterFill(run: (statement: string) => Promise<unknown>): Promise<void> {
  await Promise.all([
    run(
      `INSERT INTO rm_pair_week_totals (person_id, counterpart_id, week_start, ${pairSumColumnList})
       SELECT * FROM (${weeklyPairSumsOf('rm_pair_contributions')}) AS weekly ORDER BY 1, 2, 3`,
    ),
    run(
      `WITH pairs AS (SELECT c.person_id, c.counterpart_id, ${pairSumsOfContributions} FROM rm_pair_contributions c GROUP BY 1, 2)
       INSERT INTO rm_pair_summaries (${pairTotalColumns.join(', ')})
       SELECT * FROM (${bothSidesOf('pairs', pairTotalColumns)}) AS both_sides ORDER BY 1, 2`,
    ),
  ]);
}
