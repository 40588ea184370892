import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { cohortKeys } from './cohort-keys';
import { cohortPaths, cohortView } from './cohort-schemas';

export function fetchCohort(cohortId: string, signal?: AbortSignal) {
  return apiRequest(cohortView, { path: cohortPaths.cohort, params: { id: cohortId }, ...(signal ? { signal } : {}) });
}

export const cohortQueryOptions = (cohortId: string) =>
  queryOptions({ queryKey: cohortKeys.detail(cohortId), queryFn: ({ signal }) => fetchCohort(cohortId, signal) });

export function useCohort(cohortId: string) {
  return useQuery(cohortQueryOptions(cohortId));
}
