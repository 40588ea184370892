import { bothSidesOf } from './both-sides';
import { createPairSumsTable, pairSumColumnList } from './pair-sums.columns';

/** The columns of a pair's totals, seen from `person_id`. */
export const pairTotalColumns = ['person_id', 'counterpart_id', ...pairSumColumnList.split(', ')];

/**
 * A pair's sums over its whole history are kept in both directions again
 * (docs/architecture-projections.md, "Pairs stored once"): every person query reads them,
 * and from a table keyed (person, counterpart) a person's ties are one index range, where
 * through the view of pairs stored once they were two ranges and a union. They are about
 * a quarter of the projection's writes; a pair's contributions and weeks, most of the
 * rest, stay stored once. The view `rm_pair_summaries` becomes the table under its name,
 * filled from the stored totals in both directions.
 */
export const pairTotalsBothWaysMigration = {
  id: '016_pair_totals_both_ways',
  sql: `
    DROP VIEW rm_pair_summaries;
    ${createPairSumsTable('rm_pair_summaries')}
    INSERT INTO rm_pair_summaries (${pairTotalColumns.join(', ')}) ${bothSidesOf('rm_pair_totals', pairTotalColumns)};
    DROP TABLE rm_pair_totals;
  `,
};
