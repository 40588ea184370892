import { queryOptions, useQuery } from '@tanstack/react-query';
import { personView, routes, type PersonView } from '@rapport/contracts';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { peopleKeys } from './people-keys';

const peoplePage = z.object({ items: z.array(personView), nextCursor: z.string().nullable() });

/** Every person (admin), following the cursor page by page, sorted by name. */
export async function fetchPeople(options: { department?: string; token?: string; signal?: AbortSignal } = {}): Promise<PersonView[]> {
  const people: PersonView[] = [];
  let cursor: string | undefined;
  do {
    const page = await apiRequest(peoplePage, {
      path: routes.listPeople.path,
      query: { limit: 500, cursor, department: options.department },
      ...(options.token !== undefined ? { token: options.token } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    people.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return people.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export const peopleQueryOptions = (filters: { department?: string } = {}) =>
  queryOptions({
    queryKey: peopleKeys.list(filters),
    queryFn: ({ signal }) => fetchPeople({ ...filters, signal }),
    staleTime: 60_000,
  });

export function usePeople(filters: { department?: string } = {}, options: { enabled?: boolean } = {}) {
  return useQuery({ ...peopleQueryOptions(filters), enabled: options.enabled ?? true });
}
