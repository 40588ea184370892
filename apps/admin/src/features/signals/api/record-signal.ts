import { routes, type GiveHelpRequest, type MakeIntroductionRequest, type SendThankYouNoteRequest } from '@rapport/contracts';
import { sendCommand } from '../../../lib/api-client';
import { useCommandMutation } from '../../../lib/command-mutation';

/** The networking signals besides interactions (SPEC §5), each recorded by its own command. */
export type Signal =
  | { readonly kind: 'help'; readonly body: GiveHelpRequest }
  | { readonly kind: 'introduction'; readonly body: MakeIntroductionRequest }
  | { readonly kind: 'thank-you'; readonly body: SendThankYouNoteRequest };

const routeOf = {
  help: routes.giveHelp,
  introduction: routes.makeIntroduction,
  'thank-you': routes.sendThankYouNote,
} as const;

export function recordSignal(signal: Signal, idempotencyKey: string = crypto.randomUUID()) {
  return sendCommand(routeOf[signal.kind], { body: signal.body, idempotencyKey });
}

export function useRecordSignal() {
  return useCommandMutation((signal: Signal) => recordSignal(signal));
}
