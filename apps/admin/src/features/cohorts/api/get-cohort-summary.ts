import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { cohortKeys } from './cohort-keys';
import { cohortProgress, cohortSummaryPath } from './cohort-summary-schema';

export function fetchCohortSummary(cohortId: string, asOf: string | undefined, signal?: AbortSignal) {
  return apiRequest(cohortProgress, { path: cohortSummaryPath, params: { id: cohortId }, query: { asOf }, ...(signal ? { signal } : {}) });
}

export const cohortSummaryQueryOptions = (cohortId: string, asOf: string | undefined) =>
  queryOptions({
    queryKey: cohortKeys.summary(cohortId, asOf),
    queryFn: ({ signal }) => fetchCohortSummary(cohortId, asOf, signal),
  });

export function useCohortSummary(cohortId: string, asOf: string | undefined) {
  return useQuery(cohortSummaryQueryOptions(cohortId, asOf));
}
