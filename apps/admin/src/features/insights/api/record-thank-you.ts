import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routes, signalResult, type SendThankYouNoteRequest } from '@rapport/contracts';
import { apiRequest } from '../../../lib/api-client';
import { refreshDerivedFromEvents } from '../../../lib/refresh-derived';

/** Records a thank-you note for a first meeting from the list of those still waiting for one (habit 6). */
export function useRecordThankYou() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: SendThankYouNoteRequest) =>
      apiRequest(signalResult, { method: 'POST', path: routes.sendThankYouNote.path, body: note, idempotencyKey: crypto.randomUUID() }),
    onSuccess: () => refreshDerivedFromEvents(queryClient),
  });
}
