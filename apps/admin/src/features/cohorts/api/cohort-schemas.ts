import { commandResult } from '@rapport/contracts';
import { z } from 'zod';

// The programme and cohort API shapes (SPEC §6.6), mirrored here until the contracts
// package publishes them; the API client checks every answer against these.
const day = z.iso.date();

export const programView = z.object({ programId: z.uuid(), name: z.string(), description: z.string().nullable(), createdAt: z.string(), cohorts: z.number().int() });
export type ProgramView = z.infer<typeof programView>;
export const programPage = z.object({ items: z.array(programView), nextCursor: z.string().nullable() });

export const cohortMember = z.object({ personId: z.uuid(), displayName: z.string(), department: z.string(), enrolledAt: z.string() });
export type CohortMember = z.infer<typeof cohortMember>;

const cohortCore = z.object({
  cohortId: z.uuid(),
  programId: z.uuid(),
  programName: z.string(),
  name: z.string(),
  startsOn: day,
  endsOn: day,
  goals: z.array(z.string()),
  version: z.number().int(),
});
export const cohortView = cohortCore.extend({ participants: z.array(cohortMember) });
export type CohortView = z.infer<typeof cohortView>;
export const cohortSummary = cohortCore.extend({ participantCount: z.number().int() });
export type CohortSummary = z.infer<typeof cohortSummary>;
export const cohortPage = z.object({ items: z.array(cohortSummary), nextCursor: z.string().nullable() });

export { commandResult };

export const cohortPaths = {
  programs: '/v1/programs',
  cohorts: '/v1/cohorts',
  cohort: '/v1/cohorts/{id}',
  participants: '/v1/cohorts/{id}/participants',
  participant: '/v1/cohorts/{id}/participants/{personId}',
} as const;
