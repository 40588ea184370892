import type { SqlExecutor } from '@rapport/event-store';
import { cohortById, type CohortRow } from '@rapport/read-models';
import { HttpProblemError } from '../http/http-error';

/** 404 for a cohort the read models do not know. */
export async function requireCohort(db: SqlExecutor, cohortId: string): Promise<CohortRow> {
  const cohort = await cohortById(db, cohortId);
  if (!cohort) throw new HttpProblemError('not_found', `cohort ${cohortId} is not known`);
  return cohort;
}
