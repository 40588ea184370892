import { z } from 'zod';
import { id } from '../envelope';

/** A person joins a cohort (stream: cohort-<cohortId>). */
export const participantEnrolledV1 = z.object({ cohortId: id, personId: id });
export type ParticipantEnrolledV1 = z.infer<typeof participantEnrolledV1>;
