import { z } from 'zod';
import { id } from '../envelope';

/** A person leaves a cohort; their past enrolment stays in the history. */
export const participantWithdrawnV1 = z.object({ cohortId: id, personId: id });
export type ParticipantWithdrawnV1 = z.infer<typeof participantWithdrawnV1>;
