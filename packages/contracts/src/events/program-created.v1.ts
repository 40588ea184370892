import { z } from 'zod';
import { id } from '../envelope';

/** A leadership programme that cohorts run under (stream: program-<programId>). */
export const programCreatedV1 = z.object({
  programId: id,
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2000).optional(),
});
export type ProgramCreatedV1 = z.infer<typeof programCreatedV1>;
