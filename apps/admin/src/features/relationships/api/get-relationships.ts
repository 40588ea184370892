import { queryOptions, useQuery } from '@tanstack/react-query';
import { relationshipsResponse, routes, type RelationshipView } from '@rapport/contracts';
import { apiRequest } from '../../../lib/api-client';
import { relationshipKeys } from './relationship-keys';

/** Every tie of a person as of an instant, strongest first (all pages). */
export async function fetchRelationships(personId: string, asOf: string | undefined, signal?: AbortSignal): Promise<RelationshipView[]> {
  const ties: RelationshipView[] = [];
  let cursor: string | undefined;
  do {
    const page = await apiRequest(relationshipsResponse, {
      path: routes.relationships.path,
      params: { id: personId },
      query: { asOf, limit: 500, cursor },
      ...(signal ? { signal } : {}),
    });
    ties.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ties;
}

export const relationshipsQueryOptions = (personId: string, asOf: string | undefined) =>
  queryOptions({
    queryKey: relationshipKeys.list(personId, asOf),
    queryFn: ({ signal }) => fetchRelationships(personId, asOf, signal),
  });

export function useRelationships(personId: string, asOf: string | undefined) {
  return useQuery(relationshipsQueryOptions(personId, asOf));
}
