import { cohortParticipantsResponse, routes, type CohortParticipantsResponse } from '@rapport/contracts';

/** Every participant's metrics at the cohort's start and as of T (SPEC §6.6). */
export const cohortParticipantsProgress = cohortParticipantsResponse;
export type CohortParticipantsProgress = CohortParticipantsResponse;

export const cohortParticipantsPath = routes.cohortParticipants.path;
