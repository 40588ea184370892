import { useQuery } from '@tanstack/react-query';
import { routes } from '@rapport/contracts';
import { apiQueryOptions } from '../../../lib/api-query';
import { cohortKeys } from './cohort-keys';

export const cohortQueryOptions = (cohortId: string) =>
  apiQueryOptions(cohortKeys.detail(cohortId), routes.cohort, { params: { id: cohortId } });

export function useCohort(cohortId: string) {
  return useQuery(cohortQueryOptions(cohortId));
}
