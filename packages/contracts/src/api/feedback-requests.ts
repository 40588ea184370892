import { z } from 'zod';
import { instant } from '../envelope';
import { channel } from '../events/interaction-logged.v1';
import { commandResult, personIdParams } from './common';
import { capabilityRoutes, selfOrAdmin } from './route-contract';

/** How long after an interaction its counterparts are asked "did you feel heard?" (habit 1). */
export const FEEDBACK_ASKED_FOR_DAYS = 30;

/**
 * Habit 1, asked where the counterpart will see it: the interactions someone else
 * started with this person in the last 30 days that they have neither answered nor
 * disputed, newest first.
 */
export const feedbackRequestsResponse = z.object({
  items: z.array(
    z.object({
      interactionId: z.uuid().toLowerCase(),
      initiatorId: z.uuid().toLowerCase(),
      occurredAt: instant,
      channel,
      kind: z.string().nullable(),
      confirmed: z.boolean(),
    }),
  ),
  withinDays: z.number().int(),
});
export type FeedbackRequestsResponse = z.infer<typeof feedbackRequestsResponse>;

export const feedbackRequestParams = z.object({ id: z.uuid().toLowerCase(), interactionId: z.uuid().toLowerCase() });

export const feedbackRequestRoutes = capabilityRoutes('habits', {
  feedbackRequests: {
    method: 'get',
    path: '/v1/people/{id}/feedback-requests',
    summary: '“Did you feel heard?”: the interactions others started with this person that wait for their answer',
    access: selfOrAdmin,
    params: personIdParams,
    success: { status: 200, schema: feedbackRequestsResponse, description: 'Interactions awaiting the person’s answer, newest first' },
  },
  dismissFeedbackRequest: {
    method: 'post',
    path: '/v1/people/{id}/feedback-requests/{interactionId}/dismiss',
    summary: 'Dismiss “did you feel heard?” about one interaction: it no longer waits on the person’s page',
    access: selfOrAdmin,
    params: feedbackRequestParams,
    command: true,
    success: {
      status: 200,
      schema: commandResult,
      description:
        'The question no longer waits: FeedbackRequestDismissed recorded, or nothing recorded (no event ids) when it was already dismissed, answered or disputed',
    },
    problems: {
      404: 'The person is not registered (or was erased), the interaction is not logged, or it does not ask this person',
      409: 'The interaction was retracted',
    },
  },
});
