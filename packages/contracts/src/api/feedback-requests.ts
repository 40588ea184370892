import { z } from 'zod';
import { instant } from '../envelope';
import { channel } from '../events/interaction-logged.v1';
import { personIdParams } from './common';
import { type RouteContract, selfOrAdmin } from './route-contract';

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

export const feedbackRequestRoutes = {
  feedbackRequests: {
    method: 'get',
    path: '/v1/people/{id}/feedback-requests',
    summary: '“Did you feel heard?”: the interactions others started with this person that wait for their answer',
    tag: 'habits',
    access: selfOrAdmin,
    params: personIdParams,
    success: { status: 200, schema: feedbackRequestsResponse, description: 'Interactions awaiting the person’s answer, newest first' },
  },
} as const satisfies Record<string, RouteContract>;
