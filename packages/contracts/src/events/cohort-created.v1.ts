import { z } from 'zod';
import { id } from '../envelope';

/** A calendar day, e.g. 2026-03-02. */
export const calendarDay = z.iso.date();

/** A cohort of a programme (stream: cohort-<cohortId>); it runs from startsOn to endsOn, both inclusive. */
export const cohortCreatedV1 = z.object({
  cohortId: id,
  programId: id,
  name: z.string().trim().min(1).max(200),
  startsOn: calendarDay,
  endsOn: calendarDay,
  goals: z.array(z.string().trim().min(1).max(500)).max(20),
});
export type CohortCreatedV1 = z.infer<typeof cohortCreatedV1>;
