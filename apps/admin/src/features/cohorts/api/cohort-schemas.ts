import type { cohortList, CohortView, programList } from '@rapport/contracts';
import type { z } from 'zod';

/** The programme and cohort API contracts (SPEC §6.6), named as this feature uses them. */
export type ProgramView = z.infer<typeof programList>['items'][number];
export type CohortSummary = z.infer<typeof cohortList>['items'][number];
export type { CohortView };
export type CohortMember = CohortView['participants'][number];
