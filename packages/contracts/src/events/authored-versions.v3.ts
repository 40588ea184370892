import type { z } from 'zod';
import { id } from '../envelope';
import { interactionLoggedV2 } from './sealed-versions.v2';

/**
 * Version 3 of an interaction's record: `authorId`, who recorded it. The author corrects
 * or retracts it and owns its private note; the initiator stays a fact about who
 * reached out, and the counterparts, who confirm, dispute and give feedback, are the
 * other participants. Only an admin records on behalf of someone else (SPEC §8).
 */
export const interactionLoggedV3 = interactionLoggedV2.extend({ authorId: id });
export type InteractionLoggedV3 = z.infer<typeof interactionLoggedV3>;

/** InteractionCorrected carries the full corrected interaction, and its author, who never changes. */
export const interactionCorrectedV3 = interactionLoggedV3;
export type InteractionCorrectedV3 = InteractionLoggedV3;

/** Before version 3, whoever was named initiator was taken as the record's author: the upcaster says so. */
export const authoredByInitiator = (data: unknown): unknown => {
  const record = data as { initiatorId: string; authorId?: string };
  return { ...record, authorId: record.authorId ?? record.initiatorId };
};
