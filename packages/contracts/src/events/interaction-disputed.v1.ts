import { z } from 'zod';
import { id } from '../envelope';

/** A counterpart disputes the interaction as logged; the latest verdict of each counterpart stands. */
export const interactionDisputedV1 = z.object({
  interactionId: id,
  counterpartId: id,
  reason: z.string().trim().min(1).max(500).optional(),
});
export type InteractionDisputedV1 = z.infer<typeof interactionDisputedV1>;
