import { z } from 'zod';
import { id, instant } from '../envelope';

/**
 * Habit 1: a person dismissed "did you feel heard?" about one interaction; it is no longer
 * asked of them (stream: that person's stream). Ids and a time only: no personal text.
 */
export const feedbackRequestDismissedV1 = z.object({ personId: id, interactionId: id, occurredAt: instant });
export type FeedbackRequestDismissedV1 = z.infer<typeof feedbackRequestDismissedV1>;
