import { z } from 'zod';
import { id } from '../envelope';
import { sealedText } from '../sealed';

/** A request's note is a line or two to the introducer, not a letter. */
export const INTRODUCTION_NOTE_MAX_LENGTH = 500;

/** The request and its three people, in every event of the request's stream. */
export const introductionRequestParties = {
  requestId: id,
  requesterId: id,
  introducerId: id,
  targetId: id,
};

/**
 * Habit 2: the requester asks the introducer to introduce them to the target
 * (stream: `introduction-request-<requestId>`, one stream per request). A stream of its
 * own keeps the decider a fold of two events at most — asked, then answered once — and
 * lets the answer be appended with an expected version, so two answers cannot both land.
 * The note is the requester's personal text, sealed with their key from version 1 on
 * (docs/privacy.md); it is shown to the requester and the introducer only.
 */
export const introductionRequestedV1 = z.object({
  ...introductionRequestParties,
  note: z.union([sealedText, z.string().trim().min(1).max(INTRODUCTION_NOTE_MAX_LENGTH)]).optional(),
});
export type IntroductionRequestedV1 = z.infer<typeof introductionRequestedV1>;
