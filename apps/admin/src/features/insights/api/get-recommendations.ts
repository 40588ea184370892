import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { insightKeys } from './insight-keys';

/** Who to get to know next and through whom (SPEC §6.4); read leniently until the contract is published. */
const recommendation = z.object({
  candidateId: z.string(),
  candidateName: z.string().nullable().optional(),
  score: z.number().optional(),
  adds: z.array(z.string()).default([]),
  sentence: z.string().optional(),
  introduction: z
    .object({
      introducerId: z.string(),
      introducerName: z.string().nullable().optional(),
      strengthToPerson: z.number(),
      strengthToCandidate: z.number(),
    })
    .nullable()
    .optional(),
});
export type RecommendationView = z.infer<typeof recommendation>;

const recommendations = z
  .union([z.array(recommendation), z.object({ items: z.array(recommendation) })])
  .transform((answer) => (Array.isArray(answer) ? answer : answer.items));

export const recommendationsPath = '/v1/people/{id}/recommendations';

export function fetchRecommendations(personId: string, asOf: string | undefined, signal?: AbortSignal) {
  return apiRequest(recommendations, { path: recommendationsPath, params: { id: personId }, query: { asOf }, ...(signal ? { signal } : {}) });
}

export const recommendationsQueryOptions = (personId: string, asOf: string | undefined) =>
  queryOptions({
    queryKey: insightKeys.recommendations(personId, asOf),
    queryFn: ({ signal }) => fetchRecommendations(personId, asOf, signal),
    retry: false,
  });

export function useRecommendations(personId: string, asOf: string | undefined) {
  return useQuery(recommendationsQueryOptions(personId, asOf));
}
