import { useQuery } from '@tanstack/react-query';
import { routes } from '@rapport/contracts';
import { apiQueryOptions } from '../../../lib/api-query';
import { cohortKeys } from './cohort-keys';

export const cohortsQueryOptions = () => apiQueryOptions(cohortKeys.list(), routes.listCohorts, { query: { limit: 500 } });

export function useCohorts() {
  return useQuery(cohortsQueryOptions());
}
