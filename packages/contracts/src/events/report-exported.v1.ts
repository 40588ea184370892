import { z } from 'zod';
import { id, instant } from '../envelope';

export const reportFormat = z.enum(['csv', 'xlsx', 'pdf']);
export type ReportFormat = z.infer<typeof reportFormat>;

/** Every export is recorded: who exported what, when, as of which instant (stream: export-<exportId>). */
export const reportExportedV1 = z.object({
  exportId: id,
  actorId: z.string().min(1),
  subject: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('cohort'), cohortId: id }),
    z.object({ kind: z.literal('manager'), managerId: id }),
  ]),
  format: reportFormat,
  asOf: instant,
  bytes: z.number().int().nonnegative(),
});
export type ReportExportedV1 = z.infer<typeof reportExportedV1>;
