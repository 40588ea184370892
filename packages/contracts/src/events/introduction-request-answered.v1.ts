import { z } from 'zod';
import { introductionRequestParties } from './introduction-requested.v1';

/** How an introducer answers a request: they made the introduction, or they declined. */
export const introductionAnswers = ['made', 'declined'] as const;
export const introductionAnswer = z.enum(introductionAnswers);
export type IntroductionAnswer = z.infer<typeof introductionAnswer>;

/**
 * The introducer answered an introduction request, once (stream: the request's own
 * stream). 'made' is recorded together with IntroductionMade on the introducer's person
 * stream, which is what credits them (SPEC §6.1, §6.5 value). The three people are
 * repeated so the request's row can be written whichever of its events arrives first.
 */
export const introductionRequestAnsweredV1 = z.object({ ...introductionRequestParties, answer: introductionAnswer });
export type IntroductionRequestAnsweredV1 = z.infer<typeof introductionRequestAnsweredV1>;
