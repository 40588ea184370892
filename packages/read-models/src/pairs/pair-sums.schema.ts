import { createPairSumsTable, pairSumColumnList, pairSumsOfContributions } from './pair-sums.columns';
import { WEEK_START_SQL } from './week-start';

/**
 * Pair sums, kept by the projection in the same statement as the contributions they
 * add up (SPEC §6.2, docs/architecture-projections.md):
 *
 * - rm_pair_summaries: every contribution of the pair, in both directions. Strength and
 *   its explanation at any instant at or after last_contact are a closed form of it.
 * - rm_pair_weeks: the same sums for each week with a contribution. An instant T before
 *   a pair's last contact reads the summary less the weeks from T's week on, plus T's
 *   own week's contributions up to T.
 *
 * Existing contributions are summed into both when the tables are created. Rows are
 * updated in place as contributions arrive: pages keep room for the new versions
 * (fillfactor), so updates stay on the page and leave the primary key alone.
 */
export const pairSumsMigration = {
  id: '004_pair_summaries',
  sql: `
    ${createPairSumsTable('rm_pair_summaries')}
    ${createPairSumsTable('rm_pair_weeks', ['week_start timestamptz'])}
    INSERT INTO rm_pair_weeks (person_id, counterpart_id, week_start, ${pairSumColumnList})
    SELECT c.person_id, c.counterpart_id, ${WEEK_START_SQL('c.occurred_at')}, ${pairSumsOfContributions}
      FROM rm_tie_contributions c GROUP BY 1, 2, 3;
    INSERT INTO rm_pair_summaries (person_id, counterpart_id, ${pairSumColumnList})
    SELECT c.person_id, c.counterpart_id, ${pairSumsOfContributions}
      FROM rm_tie_contributions c GROUP BY 1, 2;
  `,
};

/**
 * The tables pair sums are stored in: the whole history's in both directions
 * (totals-both-ways.schema.ts), the weeks' each pair once (pairs-stored-once.schema.ts,
 * read through the view `rm_pair_weeks`).
 */
export const pairSumsTables = ['rm_pair_summaries', 'rm_pair_week_totals'] as const;
