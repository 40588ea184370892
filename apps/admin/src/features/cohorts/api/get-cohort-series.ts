import { queryOptions, useQuery } from '@tanstack/react-query';
import { cohortSeriesResponse, type CohortSeriesResponse } from '@rapport/contracts';
import { apiRequest } from '../../../lib/api-client';
import { cohortKeys } from './cohort-keys';
import { cohortPaths } from './cohort-schemas';

export type CohortSeriesView = CohortSeriesResponse;

/** The cohort's weekly distributions (median and quartiles per metric) from its start to T. */
export function fetchCohortSeries(cohortId: string, asOf: string | undefined, signal?: AbortSignal) {
  return apiRequest(cohortSeriesResponse, {
    path: cohortPaths.series,
    params: { id: cohortId },
    query: { asOf },
    ...(signal ? { signal } : {}),
  });
}

export const cohortSeriesQueryOptions = (cohortId: string, asOf: string | undefined) =>
  queryOptions({ queryKey: cohortKeys.series(cohortId, asOf), queryFn: ({ signal }) => fetchCohortSeries(cohortId, asOf, signal) });

export function useCohortSeries(cohortId: string, asOf: string | undefined) {
  return useQuery(cohortSeriesQueryOptions(cohortId, asOf));
}
