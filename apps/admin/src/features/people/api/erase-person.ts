import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routes } from '@rapport/contracts';
import { sendCommand } from '../../../lib/api-client';
import { refreshDerivedFromEvents } from '../../../lib/refresh-derived';
import { peopleKeys } from './people-keys';

export function erasePerson(personId: string) {
  return sendCommand(routes.erasePerson, { params: { id: personId } });
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
