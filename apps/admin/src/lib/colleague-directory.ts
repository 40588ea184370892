import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { colleagueDirectoryPage, MAX_DIRECTORY_PAGE, routes, type ColleagueView } from '@rapport/contracts';
import { apiRequest } from './api-client';

export type Colleague = ColleagueView;

/** How many colleagues a picker lists for one search: enough to scan, few enough to read. */
export const COLLEAGUES_PER_SEARCH = 30;

/**
 * Query keys of the colleague directory. Shared by every feature that lets someone choose
 * a colleague (logging, signals, cohorts, the person view), so it lives beside the API client.
 */
export const colleagueKeys = {
  all: ['colleagues'] as const,
  searches: () => [...colleagueKeys.all, 'search'] as const,
  search: (text: string) => [...colleagueKeys.searches(), { q: text }] as const,
  lookups: () => [...colleagueKeys.all, 'by-id'] as const,
  lookup: (ids: readonly string[]) => [...colleagueKeys.lookups(), [...ids].sort()] as const,
};

/** The first colleagues, by name, whose name, department or function contain every word of `text`. */
export function searchColleagues(text: string, signal?: AbortSignal) {
  return apiRequest(colleagueDirectoryPage, {
    path: routes.colleagueDirectory.path,
    query: { q: text.trim() || undefined, limit: COLLEAGUES_PER_SEARCH },
    ...(signal ? { signal } : {}),
  });
}

export const colleagueSearchQueryOptions = (text: string) =>
  queryOptions({
    queryKey: colleagueKeys.search(text.trim().toLowerCase()),
    queryFn: ({ signal }) => searchColleagues(text, signal),
    staleTime: 60_000,
    // Keep showing the last answer while the next one is on its way (no flicker while typing).
    placeholderData: keepPreviousData,
  });

export function useColleagueSearch(text: string) {
  return useQuery(colleagueSearchQueryOptions(text));
}

/** Known colleagues by id (erased people are not answered), a page of ids at a time. */
export async function lookUpColleagues(ids: readonly string[], signal?: AbortSignal): Promise<Map<string, Colleague>> {
  const found = new Map<string, Colleague>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += MAX_DIRECTORY_PAGE) {
    const page = await apiRequest(colleagueDirectoryPage, {
      path: routes.colleagueDirectory.path,
      query: { ids: unique.slice(i, i + MAX_DIRECTORY_PAGE).join(','), limit: MAX_DIRECTORY_PAGE },
      ...(signal ? { signal } : {}),
    });
    for (const colleague of page.items) found.set(colleague.personId, colleague);
  }
  return found;
}

export const colleagueLookupQueryOptions = (ids: readonly string[]) =>
  queryOptions({
    queryKey: colleagueKeys.lookup(ids),
    queryFn: ({ signal }) => lookUpColleagues(ids, signal),
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });

export function useColleaguesById(ids: readonly string[]) {
  return useQuery({ ...colleagueLookupQueryOptions(ids), enabled: ids.length > 0 });
}
