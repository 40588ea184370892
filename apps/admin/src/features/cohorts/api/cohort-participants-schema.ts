import { z } from 'zod';

// Every participant's metrics at the cohort's start and as of T (SPEC §6.6), mirrored
// here until the contracts package publishes it.
const metricValue = z.object({ baseline: z.number().nullable(), current: z.number().nullable(), change: z.number().nullable() });

export const cohortParticipantsProgress = z.object({
  cohortId: z.uuid(),
  baselineAt: z.string(),
  asOf: z.string(),
  items: z.array(z.object({ personId: z.uuid(), displayName: z.string(), department: z.string(), metrics: z.record(z.string(), metricValue) })),
});
export type CohortParticipantsProgress = z.infer<typeof cohortParticipantsProgress>;

export const cohortParticipantsPath = '/v1/cohorts/{id}/participants';
