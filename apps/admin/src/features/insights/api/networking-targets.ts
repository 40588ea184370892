import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routes, signalResult } from '@rapport/contracts';
import { apiRequest } from '../../../lib/api-client';
import { refreshDerivedFromEvents } from '../../../lib/refresh-derived';

/** Puts someone on, or takes them off, a person's networking target list (habit 2). */
export function useChangeTarget(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ targetId, change }: { targetId: string; change: 'add' | 'remove' }) =>
      change === 'add'
        ? apiRequest(signalResult, {
            method: 'POST',
            path: routes.addNetworkingTarget.path,
            params: { id: personId },
            body: { targetId },
            idempotencyKey: crypto.randomUUID(),
          })
        : apiRequest(signalResult, {
            method: 'DELETE',
            path: routes.removeNetworkingTarget.path,
            params: { id: personId, targetId },
            idempotencyKey: crypto.randomUUID(),
          }),
    onSuccess: () => refreshDerivedFromEvents(queryClient),
  });
}
