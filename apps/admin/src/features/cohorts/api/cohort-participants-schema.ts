import type { CohortParticipantsResponse } from '@rapport/contracts';

/** Every participant's metrics at the cohort's start and as of T (SPEC §6.6). */
export type CohortParticipantsProgress = CohortParticipantsResponse;
