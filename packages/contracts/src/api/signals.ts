import { z } from 'zod';
import { helpGivenV1 } from '../events/help-given.v1';
import { introductionMadeV1 } from '../events/introduction-made.v1';
import { thankYouNoteSentV1 } from '../events/thank-you-note-sent.v1';
import { commandResult } from './common';

export const giveHelpRequest = helpGivenV1.strict();
export type GiveHelpRequest = z.infer<typeof giveHelpRequest>;

export const makeIntroductionRequest = introductionMadeV1.strict();
export type MakeIntroductionRequest = z.infer<typeof makeIntroductionRequest>;

export const sendThankYouNoteRequest = thankYouNoteSentV1.strict();
export type SendThankYouNoteRequest = z.infer<typeof sendThankYouNoteRequest>;

export const addTargetRequest = z.strictObject({ targetId: z.uuid().toLowerCase() });
export const targetParams = z.object({ id: z.uuid().toLowerCase(), targetId: z.uuid().toLowerCase() });

export const signalResult = commandResult;
