import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { cohortKeys } from './cohort-keys';
import { cohortPage, cohortPaths } from './cohort-schemas';

export function fetchCohorts(signal?: AbortSignal) {
  return apiRequest(cohortPage, { path: cohortPaths.cohorts, query: { limit: 500 }, ...(signal ? { signal } : {}) });
}

export const cohortsQueryOptions = () => queryOptions({ queryKey: cohortKeys.list(), queryFn: ({ signal }) => fetchCohorts(signal) });

export function useCohorts() {
  return useQuery(cohortsQueryOptions());
}
