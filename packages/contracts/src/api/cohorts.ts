import { z } from 'zod';
import { instant } from '../envelope';
import { calendarDay } from '../events/cohort-created.v1';
import { page, pageQuery } from './common';

export const createProgramRequest = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2000).optional(),
});
export const programView = z.object({
  programId: z.uuid().toLowerCase(),
  name: z.string(),
  description: z.string().nullable(),
  createdAt: instant,
  cohorts: z.number().int(),
});
export type ProgramView = z.infer<typeof programView>;
export const programList = page(programView);

const goals = z.array(z.string().trim().min(1).max(500)).max(20);
export const createCohortRequest = z.object({
  programId: z.uuid().toLowerCase(),
  name: z.string().trim().min(1).max(200),
  startsOn: calendarDay,
  endsOn: calendarDay,
  goals: goals.default([]),
});
export const updateCohortRequest = z.object({
  expectedVersion: z.number().int().min(1),
  name: z.string().trim().min(1).max(200).optional(),
  startsOn: calendarDay.optional(),
  endsOn: calendarDay.optional(),
  goals: goals.optional(),
});
export const enrolParticipantRequest = z.object({ personId: z.uuid().toLowerCase() });
export const cohortIdParams = z.object({ id: z.uuid().toLowerCase() });
export const cohortParticipantParams = z.object({ id: z.uuid().toLowerCase(), personId: z.uuid().toLowerCase() });
export const listCohortsQuery = pageQuery.extend({
  programId: z.uuid().toLowerCase().optional(),
});

export const cohortMember = z.object({
  personId: z.uuid().toLowerCase(),
  displayName: z.string(),
  department: z.string(),
  enrolledAt: instant,
});
export const cohortView = z.object({
  cohortId: z.uuid().toLowerCase(),
  programId: z.uuid().toLowerCase(),
  programName: z.string(),
  name: z.string(),
  startsOn: calendarDay,
  endsOn: calendarDay,
  goals: z.array(z.string()),
  version: z.number().int(),
  participants: z.array(cohortMember),
});
export type CohortView = z.infer<typeof cohortView>;
export const cohortList = page(cohortView.omit({ participants: true }).extend({ participantCount: z.number().int() }));
