import { randomUUID } from 'node:crypto';
import type { SqlExecutor } from '@rapport/event-store';

/**
 * How many batches have been projected, as a number that changes with every committed
 * batch: each process counts its own batches in a row of its own (no two processes wait
 * on one row), and the sum of the rows is the projection stamp. An answer computed from
 * the read models and kept under the stamp it was computed after is valid while the
 * stamp is the same (docs/architecture-projections.md).
 */
export const projectionMarksMigration = {
  id: '008_projection_marks_and_kept_cohort_answers',
  sql: `
    CREATE TABLE rm_projection_marks (
      lane uuid PRIMARY KEY,
      batches bigint NOT NULL
    );
    CREATE TABLE rm_cohort_answers (
      cohort_id uuid NOT NULL,
      at timestamptz NOT NULL,
      kind text NOT NULL,
      stamp bigint NOT NULL,
      answer jsonb NOT NULL,
      PRIMARY KEY (cohort_id, kind, at)
    );
  `,
};

/** The stamp, as SQL. */
export const PROJECTION_STAMP_SQL = '(SELECT coalesce(sum(batches), 0) FROM rm_projection_marks)';

/**
 * The lanes with their batch counts, as text (SQL): like the stamp it changes with every
 * projected batch, and it names the lanes, so a count that starts again in new lanes
 * (after the read models are emptied) does not repeat an earlier value.
 */
export const PROJECTION_LANES_SQL = `(SELECT coalesce(string_agg(m.lane::text || ':' || m.batches, ',' ORDER BY m.lane), '') FROM rm_projection_marks m)`;

const lane = randomUUID();

/** Counts one projected batch, as the last statement of its transaction (the row is held only until it commits). */
export async function markProjectedBatch(tx: SqlExecutor): Promise<void> {
  await tx.query(
    `INSERT INTO rm_projection_marks AS m (lane, batches) VALUES ($1, 1)
     ON CONFLICT (lane) DO UPDATE SET batches = m.batches + 1`,
    [lane],
  );
}
