import { useQuery } from '@tanstack/react-query';
import { routes, type ScorecardResponse } from '@rapport/contracts';
import { apiQueryOptions } from '../../../lib/api-query';
import { insightKeys } from './insight-keys';

export type HabitScorecardView = ScorecardResponse;

export const scorecardQueryOptions = (personId: string, asOf: string | undefined) =>
  apiQueryOptions(insightKeys.scorecard(personId, asOf), routes.scorecard, { params: { id: personId }, query: { asOf } });

export function useScorecard(personId: string, asOf: string | undefined) {
  return useQuery(scorecardQueryOptions(personId, asOf));
}
