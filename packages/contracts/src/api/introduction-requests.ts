import { z } from 'zod';
import { id, instant } from '../envelope';
import { INTRODUCTION_NOTE_MAX_LENGTH } from '../events/introduction-requested.v1';
import { introductionAnswer } from '../events/introduction-request-answered.v1';
import { commandResult, personIdParams } from './common';
import { capabilityRoutes, selfOrAdmin, signedIn } from './route-contract';

/** How many requests each list of a person's introductions shows, newest first. */
export const INTRODUCTION_REQUESTS_LISTED = 50;

/**
 * Habit 2, a warm introduction asked for: the requester asks the introducer to introduce
 * them to the target. Anyone but an admin asks as themselves and may leave `requesterId`
 * out; an admin asks on behalf of the person named there.
 */
export const requestIntroductionRequest = z.strictObject({
  requestId: id.optional(),
  requesterId: id.optional(),
  introducerId: id,
  targetId: id,
  note: z.string().trim().min(1).max(INTRODUCTION_NOTE_MAX_LENGTH).optional(),
});
export type RequestIntroductionRequest = z.infer<typeof requestIntroductionRequest>;

export const answerIntroductionRequest = z.strictObject({ answer: introductionAnswer });
export type AnswerIntroductionRequest = z.infer<typeof answerIntroductionRequest>;

export const introductionRequestParams = z.object({ id });
export const introductionRequestResult = commandResult.extend({ requestId: id });

export const introductionRequestStatuses = ['open', 'made', 'declined'] as const;

/** Why the introducer can make it: the strengths of both steps of the path, now, in words and figures. */
export const introductionPathView = z.object({
  strengthToRequester: z.number(),
  strengthToTarget: z.number(),
  sentence: z.string(),
});

export const introductionRequestView = z.object({
  requestId: id,
  requesterId: id,
  requesterName: z.string(),
  introducerId: id,
  introducerName: z.string(),
  targetId: id,
  targetName: z.string(),
  /** Shown to the requester and the introducer only; null otherwise, without one, or once someone involved was erased. */
  note: z.string().nullable(),
  status: z.enum(introductionRequestStatuses),
  requestedAt: instant,
  answeredAt: instant.nullable(),
  /** For requests waiting for this person as introducer; null in the list of their own requests. */
  why: introductionPathView.nullable(),
});
export type IntroductionRequestView = z.infer<typeof introductionRequestView>;

export const introductionRequestsResponse = z.object({
  personId: id,
  /** Open requests in which this person is asked to introduce, oldest first (the longest waiting on top). */
  waitingForMe: z.array(introductionRequestView),
  /** Requests this person made, newest first, with their status. */
  myRequests: z.array(introductionRequestView),
});
export type IntroductionRequestsResponse = z.infer<typeof introductionRequestsResponse>;

export const introductionRequestRoutes = capabilityRoutes('signals', {
  requestIntroduction: {
    method: 'post',
    path: '/v1/introduction-requests',
    summary: 'Ask someone for an introduction to a person you do not know yet (habit 2)',
    access: signedIn,
    body: requestIntroductionRequest,
    command: true,
    success: { status: 201, schema: introductionRequestResult, description: 'IntroductionRequested recorded' },
    problems: { 409: 'The same request is already waiting for an answer' },
  },
  answerIntroductionRequest: {
    method: 'post',
    path: '/v1/introduction-requests/{id}/answer',
    summary: 'Answer an introduction request: make the introduction (IntroductionMade is recorded too) or decline; the introducer only',
    access: signedIn,
    params: introductionRequestParams,
    body: answerIntroductionRequest,
    command: true,
    success: { status: 201, schema: introductionRequestResult, description: 'IntroductionRequestAnswered recorded (and IntroductionMade)' },
    problems: { 404: 'No introduction request has this id', 409: 'The request has already been answered' },
  },
  introductionRequests: {
    method: 'get',
    path: '/v1/people/{id}/introduction-requests',
    summary: 'A person’s introductions: requests waiting for them as introducer, with why they can make them, and their own requests',
    access: selfOrAdmin,
    params: personIdParams,
    success: { status: 200, schema: introductionRequestsResponse, description: 'Waiting requests and the person’s own requests' },
    problems: { 404: 'No person has this id' },
  },
});
