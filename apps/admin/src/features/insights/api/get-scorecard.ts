import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { insightKeys } from './insight-keys';

/** The six habits of SPEC §6.5, each 0–100 or null; read leniently until the contract is published. */
export const habitScorecard = z.object({
  asOf: z.string().optional(),
  window: z.object({ from: z.string(), to: z.string(), days: z.number() }).optional(),
  habits: z.record(z.string(), z.looseObject({ score: z.number().nullable().optional() })),
});
export type HabitScorecardView = z.infer<typeof habitScorecard>;

export const scorecardPath = '/v1/people/{id}/scorecard';

export function fetchScorecard(personId: string, asOf: string | undefined, signal?: AbortSignal) {
  return apiRequest(habitScorecard, { path: scorecardPath, params: { id: personId }, query: { asOf }, ...(signal ? { signal } : {}) });
}

export const scorecardQueryOptions = (personId: string, asOf: string | undefined) =>
  queryOptions({
    queryKey: insightKeys.scorecard(personId, asOf),
    queryFn: ({ signal }) => fetchScorecard(personId, asOf, signal),
    retry: false,
  });

export function useScorecard(personId: string, asOf: string | undefined) {
  return useQuery(scorecardQueryOptions(personId, asOf));
}
