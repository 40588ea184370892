import { useMutation, useQueryClient } from '@tanstack/react-query';
import { commandResult, routes } from '@rapport/contracts';
import { apiRequest } from '../../../lib/api-client';
import { refreshDerivedFromEvents } from '../../../lib/refresh-derived';
import { peopleKeys } from './people-keys';

export function erasePerson(personId: string) {
  return apiRequest(commandResult, {
    method: 'DELETE',
    path: routes.erasePerson.path,
    params: { id: personId },
    idempotencyKey: crypto.randomUUID(),
  });
}

/**
 * Erases a person (crypto-shredding, docs/privacy.md). The people list, the person and
 * everything computed from events are asked again: the person leaves lists and cohorts
 * at once, and their colleagues' figures show them without a name once projected.
 */
export function useErasePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) => erasePerson(personId),
    onSuccess: (_result, personId) => {
      queryClient.removeQueries({ queryKey: peopleKeys.detail(personId) });
      void queryClient.invalidateQueries({ queryKey: peopleKeys.all });
      refreshDerivedFromEvents(queryClient);
    },
  });
}
