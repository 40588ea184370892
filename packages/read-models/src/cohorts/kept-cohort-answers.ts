import type { SqlExecutor } from '@rapport/event-store';
import { PROJECTION_STAMP_SQL } from '../projections-control/projection-marks';

/** The cohort answers kept for a named instant: summary and weekly series (neither holds a name). */
export type KeptCohortAnswerKind = 'summary' | 'series';

/**
 * A cohort's answer at a named instant, kept as one row once computed and valid while
 * the projection stamp is the one it was computed after: any projected event (an
 * interaction, an enrolment, a profile change, an erasure) makes it compute again.
 * One statement: the kept answer (null when missing or stale) and the stamp to keep a
 * new one under.
 */
export async function keptCohortAnswer<T>(
  db: SqlExecutor,
  cohortId: string,
  at: number,
  kind: KeptCohortAnswerKind,
): Promise<{ answer: T | null; stamp: number }> {
  const { rows } = await db.query<{ stamp: string | number; answer: T | null }>(
    `WITH s AS (SELECT ${PROJECTION_STAMP_SQL} AS stamp)
     SELECT s.stamp, a.answer FROM s
       LEFT JOIN rm_cohort_answers a ON a.cohort_id = $1 AND a.kind = $2 AND a.at = $3 AND a.stamp = s.stamp`,
    [cohortId, kind, new Date(at).toISOString()],
  );
  return { answer: rows[0]?.answer ?? null, stamp: Number(rows[0]?.stamp ?? 0) };
}

/**
 * Keeps an answer under the stamp read before it was computed, and lets go of the
 * cohort's answers of that kind kept under another stamp (never to be read again).
 */
export async function keepCohortAnswer(
  db: SqlExecutor,
  cohortId: string,
  at: number,
  kind: KeptCohortAnswerKind,
  stamp: number,
  answer: unknown,
): Promise<void> {
  await db.query(
    `WITH gone AS (DELETE FROM rm_cohort_answers WHERE cohort_id = $1 AND kind = $2 AND at <> $3 AND stamp <> $4)
     INSERT INTO rm_cohort_answers (cohort_id, kind, at, stamp, answer) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (cohort_id, kind, at) DO UPDATE SET stamp = excluded.stamp, answer = excluded.answer`,
    [cohortId, kind, new Date(at).toISOString(), stamp, JSON.stringify(answer)],
  );
}
