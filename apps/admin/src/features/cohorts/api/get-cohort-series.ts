import { useQuery } from '@tanstack/react-query';
import { routes, type CohortSeriesResponse } from '@rapport/contracts';
import { apiQueryOptions } from '../../../lib/api-query';
import { cohortKeys } from './cohort-keys';

export type CohortSeriesView = CohortSeriesResponse;

/** The cohort's weekly distributions (median and quartiles per metric) from its start to T. */
export const cohortSeriesQueryOptions = (cohortId: string, asOf: string | undefined) =>
  apiQueryOptions(cohortKeys.series(cohortId, asOf), routes.cohortSeries, { params: { id: cohortId }, query: { asOf } });

export function useCohortSeries(cohortId: string, asOf: string | undefined) {
  return useQuery(cohortSeriesQueryOptions(cohortId, asOf));
}
