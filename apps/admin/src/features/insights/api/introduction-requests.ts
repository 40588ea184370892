import { useQuery } from '@tanstack/react-query';
import { routes, type IntroductionAnswer, type IntroductionRequestView, type RequestIntroductionRequest } from '@rapport/contracts';
import { sendCommand } from '../../../lib/api-client';
import { apiQueryOptions } from '../../../lib/api-query';
import { useCommandMutation } from '../../../lib/command-mutation';
import { insightKeys } from './insight-keys';

export type { IntroductionRequestView };

export const introductionRequestsQueryOptions = (personId: string) =>
  apiQueryOptions(insightKeys.introductionRequests(personId), routes.introductionRequests, { params: { id: personId } });

/** Habit 2: the introductions waiting for this person to make, and the ones they asked for. */
export function useIntroductionRequests(personId: string, enabled = true) {
  return useQuery({ ...introductionRequestsQueryOptions(personId), enabled });
}

/** Asks someone for an introduction (the requester is the signed-in person; an admin names them). */
export function useRequestIntroduction() {
  return useCommandMutation((body: RequestIntroductionRequest) => sendCommand(routes.requestIntroduction, { body }));
}

/** The introducer makes the introduction (recorded as an introduction they made) or declines. */
export function useAnswerIntroductionRequest() {
  return useCommandMutation(({ requestId, answer }: { requestId: string; answer: IntroductionAnswer }) =>
    sendCommand(routes.answerIntroductionRequest, { params: { id: requestId }, body: { answer } }),
  );
}
