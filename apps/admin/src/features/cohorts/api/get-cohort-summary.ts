import { useQuery } from '@tanstack/react-query';
import { routes } from '@rapport/contracts';
import { apiQueryOptions } from '../../../lib/api-query';
import { cohortKeys } from './cohort-keys';

export const cohortSummaryQueryOptions = (cohortId: string, asOf: string | undefined) =>
  apiQueryOptions(cohortKeys.summary(cohortId, asOf), routes.cohortSummary, { params: { id: cohortId }, query: { asOf } });

export function useCohortSummary(cohortId: string, asOf: string | undefined) {
  return useQuery(cohortSummaryQueryOptions(cohortId, asOf));
}
