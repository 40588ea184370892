import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PersonView } from '@rapport/contracts';
import { requestDemoAdminToken } from './demo-admin-token';
import { fetchPeople } from './list-people';
import { peopleKeys } from './people-keys';

/**
 * The demo organisation's people, for the dev sign-in screen only (choosing colleagues
 * goes through the colleague directory). Only works where dev sign-in is on (the embedded
 * default), where anyone may already ask for an admin token.
 */
export async function fetchDemoDirectory(signal?: AbortSignal): Promise<PersonView[]> {
  const token = await requestDemoAdminToken();
  return fetchPeople({ token, ...(signal ? { signal } : {}) });
}

export const demoDirectoryQueryOptions = () =>
  queryOptions({
    queryKey: peopleKeys.list({ directory: 'demo' }),
    queryFn: ({ signal }) => fetchDemoDirectory(signal),
    staleTime: 5 * 60_000,
  });

export function useDemoDirectory() {
  return useQuery(demoDirectoryQueryOptions());
}
