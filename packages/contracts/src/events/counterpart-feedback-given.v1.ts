import { z } from 'zod';
import { id } from '../envelope';

/** Habit 1: how heard a counterpart felt by the initiator, 1–5; once per counterpart and interaction. */
export const counterpartFeedbackGivenV1 = z.object({
  interactionId: id,
  fromId: id,
  feltHeard: z.number().int().min(1).max(5),
});
export type CounterpartFeedbackGivenV1 = z.infer<typeof counterpartFeedbackGivenV1>;
