import { queryOptions, useQuery } from '@tanstack/react-query';
import { routes, scorecardResponse, type ScorecardResponse } from '@rapport/contracts';
import { apiRequest } from '../../../lib/api-client';
import { insightKeys } from './insight-keys';

export type HabitScorecardView = ScorecardResponse;

export function fetchScorecard(personId: string, asOf: string | undefined, signal?: AbortSignal) {
  return apiRequest(scorecardResponse, {
    path: routes.scorecard.path,
    params: { id: personId },
    query: { asOf },
    ...(signal ? { signal } : {}),
  });
}

export const scorecardQueryOptions = (personId: string, asOf: string | undefined) =>
  queryOptions({
    queryKey: insightKeys.scorecard(personId, asOf),
    queryFn: ({ signal }) => fetchScorecard(personId, asOf, signal),
  });

export function useScorecard(personId: string, asOf: string | undefined) {
  return useQuery(scorecardQueryOptions(personId, asOf));
}
