import { routes } from '@rapport/contracts';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { useCommandMutation } from '../../../lib/command-mutation';
import { cohortKeys } from './cohort-keys';

export function withdrawParticipant(cohortId: string, personId: string) {
  return apiRequest(z.unknown(), {
    method: 'DELETE',
    path: routes.withdrawParticipant.path,
    params: { id: cohortId, personId },
    idempotencyKey: crypto.randomUUID(),
  });
}

export function useWithdrawParticipant(cohortId: string) {
  return useCommandMutation((personId: string) => withdrawParticipant(cohortId, personId), { queryKey: cohortKeys.all });
}
