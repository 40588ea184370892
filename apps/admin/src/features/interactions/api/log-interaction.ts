import { useMutation, useQueryClient } from '@tanstack/react-query';
import { logInteractionResponse, routes, type LogInteractionRequest } from '@rapport/contracts';
import { apiRequest } from '../../../lib/api-client';
import { refreshDerivedFromEvents } from '../../../lib/refresh-derived';

/** Records an interaction; the idempotency key makes a retried submit record it once. */
export function logInteraction(interaction: LogInteractionRequest, idempotencyKey: string = crypto.randomUUID()) {
  return apiRequest(logInteractionResponse, { method: 'POST', path: routes.logInteraction.path, body: interaction, idempotencyKey });
}

export function useLogInteraction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (interaction: LogInteractionRequest) => logInteraction(interaction),
    onSuccess: () => refreshDerivedFromEvents(queryClient),
  });
}
