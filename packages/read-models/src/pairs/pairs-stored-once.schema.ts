import { seenByCounterpart } from './both-sides';
import { pairSumColumnList } from './pair-sums.columns';

/**
 * A view of `table` (each pair stored once, lower id → higher id) in which every row
 * appears from both sides: as stored, and as the counterpart sees it, with person and
 * counterpart swapped and with them what each side initiated, gave, received and wrote.
 * `columns` are the view's columns, in order.
 */
function seenFromBothSides(view: string, table: string, columns: readonly string[]): string {
  return `CREATE VIEW ${view} AS
      SELECT ${columns.join(', ')} FROM ${table}
      UNION ALL
      SELECT ${seenByCounterpart(columns)} FROM ${table};`;
}

const sums = pairSumColumnList.split(', ');
const contributionColumns = [
  'person_id',
  'counterpart_id',
  'event_id',
  'source_id',
  'source',
  'initiator_id',
  'occurred_at',
  'weight',
  'epoch_weight',
  'channel',
  'depth',
  'receiver_id',
  'handwritten',
];

/**
 * Each pair is stored once (docs/architecture-projections.md, "Pairs stored once"): its
 * contributions (`rm_pair_contributions`), its sums over the whole history
 * (`rm_pair_totals`) and per week (`rm_pair_week_totals`) are rows of (lower id, higher
 * id), where they were written in both directions: half the rows, index entries and
 * sums for the projection to write. Queries read every person's ties through views
 * under the former names (`rm_tie_contributions`, `rm_pair_summaries`, `rm_pair_weeks`).
 * A person's rows are two index ranges: the pairs where they are the lower id (the
 * primary key, or the person index of contributions) and those where they are the
 * higher (a counterpart index). A lookup by both ids of a pair needs no new index: the
 * stored row's key is the pair in either order. Existing rows are kept: of each pair's
 * two directions, the lower → higher one is the stored row.
 */
export const pairsStoredOnceMigration = {
  id: '013_pairs_stored_once',
  sql: `
    ALTER TABLE rm_tie_contributions RENAME TO rm_pair_contributions;
    DELETE FROM rm_pair_contributions WHERE person_id > counterpart_id;
    ALTER INDEX rm_tie_contributions_person RENAME TO rm_pair_contributions_person;
    CREATE INDEX rm_pair_contributions_counterpart ON rm_pair_contributions (counterpart_id, occurred_at);
    ALTER TABLE rm_pair_summaries RENAME TO rm_pair_totals;
    DELETE FROM rm_pair_totals WHERE person_id > counterpart_id;
    CREATE INDEX rm_pair_totals_counterpart ON rm_pair_totals (counterpart_id, person_id);
    ALTER TABLE rm_pair_weeks RENAME TO rm_pair_week_totals;
    DELETE FROM rm_pair_week_totals WHERE person_id > counterpart_id;
    ${seenFromBothSides('rm_tie_contributions', 'rm_pair_contributions', contributionColumns)}
    ${seenFromBothSides('rm_pair_summaries', 'rm_pair_totals', ['person_id', 'counterpart_id', ...sums])}
    ${seenFromBothSides('rm_pair_weeks', 'rm_pair_week_totals', ['person_id', 'counterpart_id', 'week_start', ...sums])}
  `,
};
