import { routes, type LogInteractionRequest } from '@rapport/contracts';
import { sendCommand } from '../../../lib/api-client';
import { useCommandMutation } from '../../../lib/command-mutation';

/** Records an interaction; the idempotency key makes a retried submit record it once. */
export function logInteraction(interaction: LogInteractionRequest, idempotencyKey: string = crypto.randomUUID()) {
  return sendCommand(routes.logInteraction, { body: interaction, idempotencyKey });
}

export function useLogInteraction() {
  return useCommandMutation((interaction: LogInteractionRequest) => logInteraction(interaction));
}
