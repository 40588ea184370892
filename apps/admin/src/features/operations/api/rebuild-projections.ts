import { useMutation, useQueryClient } from '@tanstack/react-query';
import { rebuildView, routes } from '@rapport/contracts';
import { apiRequest } from '../../../lib/api-client';
import { operationsKeys } from './operations-keys';

/** Asks for every read model to be rebuilt beside the live one (the API switches over when caught up). */
export function rebuildProjections(reason: string) {
  return apiRequest(rebuildView, { method: 'POST', path: routes.rebuildProjections.path, body: { reason } });
}

export function useRebuildProjections() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rebuildProjections,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: operationsKeys.all }),
  });
}
