import { z } from 'zod';
import { id } from '../envelope';

/** A counterpart (a participant other than the initiator) confirms the interaction took place as logged. */
export const interactionConfirmedV1 = z.object({
  interactionId: id,
  counterpartId: id,
});
export type InteractionConfirmedV1 = z.infer<typeof interactionConfirmedV1>;
