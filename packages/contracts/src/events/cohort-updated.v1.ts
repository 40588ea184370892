import { z } from 'zod';
import { id } from '../envelope';
import { calendarDay } from './cohort-created.v1';

/** Changed fields of a cohort (only those present changed). */
export const cohortUpdatedV1 = z.object({
  cohortId: id,
  name: z.string().trim().min(1).max(200).optional(),
  startsOn: calendarDay.optional(),
  endsOn: calendarDay.optional(),
  goals: z.array(z.string().trim().min(1).max(500)).max(20).optional(),
});
export type CohortUpdatedV1 = z.infer<typeof cohortUpdatedV1>;
