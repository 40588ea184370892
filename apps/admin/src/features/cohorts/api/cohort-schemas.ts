import { cohortList, cohortView, commandResult, programList, routes, type CohortView } from '@rapport/contracts';
import type { z } from 'zod';

/** The programme and cohort API contracts (SPEC §6.6), named as this feature uses them. */
export const programPage = programList;
export type ProgramView = z.infer<typeof programList>['items'][number];
export const cohortPage = cohortList;
export type CohortSummary = z.infer<typeof cohortList>['items'][number];
export { cohortView, commandResult, type CohortView };
export type CohortMember = CohortView['participants'][number];

export const cohortPaths = {
  programs: routes.listPrograms.path,
  cohorts: routes.listCohorts.path,
  cohort: routes.cohort.path,
  participants: routes.enrolParticipant.path,
  participant: routes.withdrawParticipant.path,
  report: routes.cohortReport.path,
  series: routes.cohortSeries.path,
} as const;
