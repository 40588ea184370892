import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { refreshAfterCommand } from '../../../lib/refresh-derived';
import { cohortKeys } from './cohort-keys';
import { cohortPaths, commandResult } from './cohort-schemas';

export function enrolParticipant(cohortId: string, personId: string) {
  return apiRequest(commandResult, {
    method: 'POST',
    path: cohortPaths.participants,
    params: { id: cohortId },
    body: { personId },
    idempotencyKey: crypto.randomUUID(),
  });
}

export function useEnrolParticipant(cohortId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) => enrolParticipant(cohortId, personId),
    onSuccess: () => refreshAfterCommand(queryClient, cohortKeys.all),
  });
}
