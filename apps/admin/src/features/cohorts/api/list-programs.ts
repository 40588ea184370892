import { useQuery } from '@tanstack/react-query';
import { routes } from '@rapport/contracts';
import { apiQueryOptions } from '../../../lib/api-query';
import { cohortKeys } from './cohort-keys';

export const programsQueryOptions = () => apiQueryOptions(cohortKeys.programs(), routes.listPrograms, { query: { limit: 500 } });

export function usePrograms() {
  return useQuery(programsQueryOptions());
}
