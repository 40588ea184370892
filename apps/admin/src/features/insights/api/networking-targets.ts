import { routes } from '@rapport/contracts';
import { sendCommand } from '../../../lib/api-client';
import { useCommandMutation } from '../../../lib/command-mutation';

/** Puts someone on, or takes them off, a person's networking target list (habit 2). */
export function useChangeTarget(personId: string) {
  return useCommandMutation(({ targetId, change }: { targetId: string; change: 'add' | 'remove' }) =>
    change === 'add'
      ? sendCommand(routes.addNetworkingTarget, { params: { id: personId }, body: { targetId } })
      : sendCommand(routes.removeNetworkingTarget, { params: { id: personId, targetId } }),
  );
}
