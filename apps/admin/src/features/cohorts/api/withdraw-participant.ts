import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { refreshAfterCommand } from '../../../lib/refresh-derived';
import { cohortKeys } from './cohort-keys';
import { cohortPaths } from './cohort-schemas';

export function withdrawParticipant(cohortId: string, personId: string) {
  return apiRequest(z.unknown(), {
    method: 'DELETE',
    path: cohortPaths.participant,
    params: { id: cohortId, personId },
    idempotencyKey: crypto.randomUUID(),
  });
}

export function useWithdrawParticipant(cohortId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) => withdrawParticipant(cohortId, personId),
    onSuccess: () => refreshAfterCommand(queryClient, cohortKeys.all),
  });
}
