import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { interactionCommandResult, routes, type FeedbackRequestsResponse } from '@rapport/contracts';
import { apiRequest, sendCommand } from '../../../lib/api-client';
import { apiQueryOptions } from '../../../lib/api-query';
import { useCommandMutation } from '../../../lib/command-mutation';
import { refreshAfterCommand } from '../../../lib/refresh-derived';
import { insightKeys } from './insight-keys';

export type FeedbackRequestView = FeedbackRequestsResponse['items'][number];

export const feedbackRequestsQueryOptions = (personId: string) =>
  apiQueryOptions(insightKeys.feedbackRequests(personId), routes.feedbackRequests, { params: { id: personId } });

/** Interactions others started with the person, waiting for "did you feel heard?" (habit 1). */
export function useFeedbackRequests(personId: string, enabled: boolean) {
  return useQuery({ ...feedbackRequestsQueryOptions(personId), enabled });
}

/** An answer to one waiting interaction: how heard the person felt, that it happened, or that it did not happen like that. */
export type FeedbackAnswer =
  | { readonly kind: 'felt-heard'; readonly interactionId: string; readonly feltHeard: number }
  | { readonly kind: 'confirm'; readonly interactionId: string }
  | { readonly kind: 'dispute'; readonly interactionId: string; readonly reason: string };

/** Each answer is its own command on the interaction: the route and the body it sends. */
const commandOf = (a: FeedbackAnswer) =>
  a.kind === 'felt-heard'
    ? { path: routes.giveCounterpartFeedback.path, body: { feltHeard: a.feltHeard } }
    : a.kind === 'confirm'
      ? { path: routes.confirmInteraction.path, body: {} }
      : { path: routes.disputeInteraction.path, body: { reason: a.reason } };

const answer = (a: FeedbackAnswer) =>
  apiRequest(interactionCommandResult, {
    method: 'POST',
    params: { id: a.interactionId },
    idempotencyKey: crypto.randomUUID(),
    ...commandOf(a),
  });

export function useAnswerFeedbackRequest() {
  return useCommandMutation(answer);
}

/**
 * Dismisses "did you feel heard?" about one interaction for good (FeedbackRequestDismissed on
 * the person's stream), then refreshes the person's waiting questions. `onDismissed` hears of
 * each one recorded, even when several are sent one after another.
 */
export function useDismissFeedbackRequest(personId: string, onDismissed: (interactionId: string) => void = () => {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (interactionId: string) => sendCommand(routes.dismissFeedbackRequest, { params: { id: personId, interactionId } }),
    onSuccess: (_recorded, interactionId) => {
      onDismissed(interactionId);
      refreshAfterCommand(queryClient, insightKeys.feedbackRequests(personId));
    },
  });
}
