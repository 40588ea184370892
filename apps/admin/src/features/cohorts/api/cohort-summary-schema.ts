import type { CohortSummaryResponse } from '@rapport/contracts';

/** A cohort's progress (SPEC §6.6): each metric at the start and as of T, and its internal network. */
export type CohortProgressView = CohortSummaryResponse;
