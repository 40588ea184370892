import { z } from 'zod';
import { id, instant } from '../envelope';

/** Habit 6: a thank-you note (stream: the sender's person stream). */
export const thankYouNoteSentV1 = z.object({
  fromId: id,
  toId: id,
  handwritten: z.boolean(),
  interactionId: id.optional(),
  occurredAt: instant,
});
export type ThankYouNoteSentV1 = z.infer<typeof thankYouNoteSentV1>;
