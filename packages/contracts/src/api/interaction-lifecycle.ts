import { z } from 'zod';
import { interactionLoggedV1 } from '../events/interaction-logged.v1';
import { interactionRetractedV1 } from '../events/interaction-retracted.v1';
import { interactionDisputedV1 } from '../events/interaction-disputed.v1';
import { counterpartFeedbackGivenV1 } from '../events/counterpart-feedback-given.v1';
import { commandResult } from './common';

export const interactionIdParams = z.object({ id: z.uuid().toLowerCase() });

/** Optimistic concurrency: the interaction stream's version the caller last saw. */
const expectedVersion = z.number().int().min(1);

/** The full corrected interaction (validated like logging); its id comes from the path. */
export const correctInteractionRequest = interactionLoggedV1
  .omit({ interactionId: true })
  .extend({ interactionId: z.uuid().toLowerCase().optional(), expectedVersion })
  .strict();
export type CorrectInteractionRequest = z.infer<typeof correctInteractionRequest>;

export const retractInteractionRequest = interactionRetractedV1
  .pick({ reason: true })
  .extend({ expectedVersion: expectedVersion.optional() })
  .strict();
export type RetractInteractionRequest = z.infer<typeof retractInteractionRequest>;

export const confirmInteractionRequest = z.strictObject({});
export const disputeInteractionRequest = interactionDisputedV1.pick({ reason: true }).strict();
export type DisputeInteractionRequest = z.infer<typeof disputeInteractionRequest>;

export const counterpartFeedbackRequest = counterpartFeedbackGivenV1.pick({ feltHeard: true }).strict();
export type CounterpartFeedbackRequest = z.infer<typeof counterpartFeedbackRequest>;

export const interactionCommandResult = commandResult.extend({ interactionId: z.uuid().toLowerCase() });
