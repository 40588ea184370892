import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  introductionRequestResult,
  introductionRequestsResponse,
  routes,
  type IntroductionAnswer,
  type IntroductionRequestView,
  type RequestIntroductionRequest,
} from '@rapport/contracts';
import { apiRequest } from '../../../lib/api-client';
import { refreshDerivedFromEvents } from '../../../lib/refresh-derived';
import { insightKeys } from './insight-keys';

export type { IntroductionRequestView };

export const introductionRequestsQueryOptions = (personId: string) =>
  queryOptions({
    queryKey: insightKeys.introductionRequests(personId),
    queryFn: ({ signal }) =>
      apiRequest(introductionRequestsResponse, { path: routes.introductionRequests.path, params: { id: personId }, signal }),
  });

/** Habit 2: the introductions waiting for this person to make, and the ones they asked for. */
export function useIntroductionRequests(personId: string, enabled = true) {
  return useQuery({ ...introductionRequestsQueryOptions(personId), enabled });
}

/** Asks someone for an introduction (the requester is the signed-in person; an admin names them). */
export function useRequestIntroduction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestIntroductionRequest) =>
      apiRequest(introductionRequestResult, {
        method: 'POST',
        path: routes.requestIntroduction.path,
        body,
        idempotencyKey: crypto.randomUUID(),
      }),
    onSuccess: () => refreshDerivedFromEvents(queryClient),
  });
}

/** The introducer makes the introduction (recorded as an introduction they made) or declines. */
export function useAnswerIntroductionRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ requestId, answer }: { requestId: string; answer: IntroductionAnswer }) =>
      apiRequest(introductionRequestResult, {
        method: 'POST',
        path: routes.answerIntroductionRequest.path,
        params: { id: requestId },
        body: { answer },
        idempotencyKey: crypto.randomUUID(),
      }),
    onSuccess: () => refreshDerivedFromEvents(queryClient),
  });
}
