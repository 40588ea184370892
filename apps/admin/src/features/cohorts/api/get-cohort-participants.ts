import { useQuery } from '@tanstack/react-query';
import { routes } from '@rapport/contracts';
import { apiQueryOptions } from '../../../lib/api-query';
import { cohortKeys } from './cohort-keys';

export const cohortParticipantsQueryOptions = (cohortId: string, asOf: string | undefined) =>
  apiQueryOptions(cohortKeys.participants(cohortId, asOf), routes.cohortParticipants, { params: { id: cohortId }, query: { asOf } });

export function useCohortParticipants(cohortId: string, asOf: string | undefined) {
  return useQuery(cohortParticipantsQueryOptions(cohortId, asOf));
}
