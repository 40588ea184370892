import { z } from 'zod';
import { id } from '../envelope';
import { interactionLoggedV1 } from '../events/interaction-logged.v1';

export const logInteractionRequest = interactionLoggedV1
  .extend({
    interactionId: z.uuid().toLowerCase().optional(),
    /**
     * Who records it, the record's author (corrects, retracts, owns the note). Anyone but
     * an admin records as themselves and may leave it out; an admin records on behalf of
     * the participant named here, or of the initiator.
     */
    authorId: id.optional(),
  })
  .strict();
export type LogInteractionRequest = z.infer<typeof logInteractionRequest>;

export const logInteractionResponse = z.object({ interactionId: z.uuid().toLowerCase(), eventId: z.uuid().toLowerCase() });

/** Up to 1,000 interactions, validated all together: one invalid row stores nothing. */
export const MAX_BATCH_INTERACTIONS = 1000;

export const logInteractionBatchRequest = z.strictObject({
  interactions: z.array(logInteractionRequest).min(1).max(MAX_BATCH_INTERACTIONS),
});

export const logInteractionBatchResponse = z.object({
  interactions: z.array(logInteractionResponse),
});
