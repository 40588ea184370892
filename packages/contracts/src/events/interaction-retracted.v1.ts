import { z } from 'zod';
import { id } from '../envelope';

/** The interaction never counts again, in any read model (SPEC §6). Final: nothing follows it. */
export const interactionRetractedV1 = z.object({
  interactionId: id,
  reason: z.string().trim().min(1).max(500),
});
export type InteractionRetractedV1 = z.infer<typeof interactionRetractedV1>;
