import { useMutation, useQueryClient } from '@tanstack/react-query';
import { routes, signalResult, type GiveHelpRequest, type MakeIntroductionRequest, type SendThankYouNoteRequest } from '@rapport/contracts';
import { apiRequest } from '../../../lib/api-client';
import { refreshDerivedFromEvents } from '../../../lib/refresh-derived';

/** The networking signals besides interactions (SPEC §5), each recorded by its own command. */
export type Signal =
  | { readonly kind: 'help'; readonly body: GiveHelpRequest }
  | { readonly kind: 'introduction'; readonly body: MakeIntroductionRequest }
  | { readonly kind: 'thank-you'; readonly body: SendThankYouNoteRequest };

const pathOf = {
  help: routes.giveHelp.path,
  introduction: routes.makeIntroduction.path,
  'thank-you': routes.sendThankYouNote.path,
} as const;

export function recordSignal(signal: Signal, idempotencyKey: string = crypto.randomUUID()) {
  return apiRequest(signalResult, { method: 'POST', path: pathOf[signal.kind], body: signal.body, idempotencyKey });
}

export function useRecordSignal() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (signal: Signal) => recordSignal(signal), onSuccess: () => refreshDerivedFromEvents(queryClient) });
}
