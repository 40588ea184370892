import { z } from 'zod';
import { id, instant } from '../envelope';

/** The introducer connected person A and person B (stream: the introducer's person stream). */
export const introductionMadeV1 = z.object({
  introducerId: id,
  personAId: id,
  personBId: id,
  occurredAt: instant,
});
export type IntroductionMadeV1 = z.infer<typeof introductionMadeV1>;
