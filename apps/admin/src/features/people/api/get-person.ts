import { queryOptions, useQuery } from '@tanstack/react-query';
import { personView, routes } from '@rapport/contracts';
import { apiRequest } from '../../../lib/api-client';
import { peopleKeys } from './people-keys';

export function fetchPerson(personId: string, signal?: AbortSignal) {
  return apiRequest(personView, { path: routes.getPerson.path, params: { id: personId }, ...(signal ? { signal } : {}) });
}

export const personQueryOptions = (personId: string) =>
  queryOptions({
    queryKey: peopleKeys.detail(personId),
    queryFn: ({ signal }) => fetchPerson(personId, signal),
    staleTime: 60_000,
  });

export function usePerson(personId: string) {
  return useQuery(personQueryOptions(personId));
}
