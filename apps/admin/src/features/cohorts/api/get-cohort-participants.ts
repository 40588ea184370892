import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { cohortKeys } from './cohort-keys';
import { cohortParticipantsPath, cohortParticipantsProgress } from './cohort-participants-schema';

export function fetchCohortParticipants(cohortId: string, asOf: string | undefined, signal?: AbortSignal) {
  return apiRequest(cohortParticipantsProgress, {
    path: cohortParticipantsPath,
    params: { id: cohortId },
    query: { asOf },
    ...(signal ? { signal } : {}),
  });
}

export const cohortParticipantsQueryOptions = (cohortId: string, asOf: string | undefined) =>
  queryOptions({
    queryKey: cohortKeys.participants(cohortId, asOf),
    queryFn: ({ signal }) => fetchCohortParticipants(cohortId, asOf, signal),
  });

export function useCohortParticipants(cohortId: string, asOf: string | undefined) {
  return useQuery(cohortParticipantsQueryOptions(cohortId, asOf));
}
