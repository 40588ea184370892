import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { cohortKeys } from './cohort-keys';
import { cohortPaths, programPage } from './cohort-schemas';

export function fetchPrograms(signal?: AbortSignal) {
  return apiRequest(programPage, { path: cohortPaths.programs, query: { limit: 500 }, ...(signal ? { signal } : {}) });
}

export const programsQueryOptions = () => queryOptions({ queryKey: cohortKeys.programs(), queryFn: ({ signal }) => fetchPrograms(signal) });

export function usePrograms() {
  return useQuery(programsQueryOptions());
}
