import { queryOptions, useQuery } from '@tanstack/react-query';
import { recommendationsResponse, routes } from '@rapport/contracts';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { insightKeys } from './insight-keys';

export type RecommendationsView = z.infer<typeof recommendationsResponse>;
export type RecommendationView = RecommendationsView['items'][number];

/** Who to get to know next and through whom (SPEC §6.4), best first. */
export function fetchRecommendations(personId: string, asOf: string | undefined, signal?: AbortSignal) {
  return apiRequest(recommendationsResponse, {
    path: routes.recommendations.path,
    params: { id: personId },
    query: { asOf, limit: 5 },
    ...(signal ? { signal } : {}),
  });
}

export const recommendationsQueryOptions = (personId: string, asOf: string | undefined) =>
  queryOptions({
    queryKey: insightKeys.recommendations(personId, asOf),
    queryFn: ({ signal }) => fetchRecommendations(personId, asOf, signal),
  });

export function useRecommendations(personId: string, asOf: string | undefined) {
  return useQuery(recommendationsQueryOptions(personId, asOf));
}
