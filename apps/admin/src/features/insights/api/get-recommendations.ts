import { useQuery } from '@tanstack/react-query';
import { recommendationsResponse, routes } from '@rapport/contracts';
import type { z } from 'zod';
import { apiQueryOptions } from '../../../lib/api-query';
import { insightKeys } from './insight-keys';

export type RecommendationsView = z.infer<typeof recommendationsResponse>;
export type RecommendationView = RecommendationsView['items'][number];

/** Who to get to know next and through whom (SPEC §6.4), best first. */
export const recommendationsQueryOptions = (personId: string, asOf: string | undefined) =>
  apiQueryOptions(insightKeys.recommendations(personId, asOf), routes.recommendations, {
    params: { id: personId },
    query: { asOf, limit: 5 },
  });

export function useRecommendations(personId: string, asOf: string | undefined) {
  return useQuery(recommendationsQueryOptions(personId, asOf));
}
