import { z } from 'zod';
import { instant } from '../envelope';
import { reportFormat } from '../events/report-exported.v1';
import { cohortMetricKey, metricChangeFields } from './cohort-analytics';
import { page } from './common';

/** A figure shown to a manager, or the explicit statement that it is withheld (k-anonymity, docs/privacy.md). */
export const suppressible = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('suppressed', [
    z.object({ suppressed: z.literal(false), value }),
    z.object({ suppressed: z.literal(true), reason: z.enum(['fewer_than_k', 'complementary', 'differencing']) }),
  ]);
export type Suppressible<T> =
  { suppressed: false; value: T } | { suppressed: true; reason: 'fewer_than_k' | 'complementary' | 'differencing' };

export const groupFigures = z.object({
  people: z.number().int(),
  metrics: z.array(
    z.object({
      metric: cohortMetricKey,
      ...metricChangeFields,
      /** Fewer than k people of the group have a value: no median, quartile or count is given. */
      withheld: z.boolean(),
    }),
  ),
  /** Krackhardt E-I index on strength: (external − internal) / (external + internal), −1 siloed … +1 outward. */
  siloIndex: z.number().nullable(),
  /** Active ties that cross a department boundary, and how many people hold at least one. */
  bridges: z.object({ crossDepartmentTies: z.number().int(), peopleBridging: z.number().int() }),
});
export type GroupFigures = z.infer<typeof groupFigures>;

export const managerDashboardResponse = z.object({
  managerId: z.uuid().toLowerCase(),
  managerName: z.string(),
  asOf: instant,
  baselineAt: instant,
  k: z.number().int(),
  /** Whether anyone reports to the manager, directly or not: without reports there is no team to show (not a withheld one). */
  hasReports: z.boolean(),
  organisation: suppressible(groupFigures),
  departments: z.array(z.object({ department: z.string(), figures: suppressible(groupFigures) })),
  trend: suppressible(z.array(z.object({ at: instant, metrics: z.record(cohortMetricKey, z.number().nullable()) }))),
});
export type ManagerDashboardResponse = z.infer<typeof managerDashboardResponse>;
export const managerIdParams = z.object({ id: z.uuid().toLowerCase() });

export const reportQuery = z.object({ asOf: instant.optional() });
export const exportView = z.object({
  exportId: z.uuid().toLowerCase(),
  actorId: z.string(),
  subject: z.object({ kind: z.enum(['cohort', 'manager']), id: z.uuid().toLowerCase() }),
  format: reportFormat,
  asOf: instant,
  bytes: z.number().int(),
  exportedAt: instant,
});
export const exportList = page(exportView);
