import { z } from 'zod';

// The manager dashboard's shape (SPEC §6.6, k-anonymous), mirrored here until the
// contracts package publishes it; the API client checks every answer against it.
const distribution = z.object({ n: z.number().int(), p25: z.number().nullable(), median: z.number().nullable(), p75: z.number().nullable() });

export const suppressionReasons = ['fewer_than_k', 'complementary', 'differencing'] as const;
const suppressible = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('suppressed', [
    z.object({ suppressed: z.literal(false), value }),
    z.object({ suppressed: z.literal(true), reason: z.enum(suppressionReasons) }),
  ]);

export const groupFigures = z.object({
  people: z.number().int(),
  metrics: z.array(
    z.object({
      metric: z.string(),
      label: z.string(),
      baseline: distribution,
      current: distribution,
      change: z.number().nullable(),
      compared: z.number().int(),
      improved: z.number().int(),
    }),
  ),
  siloIndex: z.number().nullable(),
  bridges: z.object({ crossDepartmentTies: z.number().int(), peopleBridging: z.number().int() }),
});
export type GroupFigures = z.infer<typeof groupFigures>;

export const teamDashboard = z.object({
  managerId: z.uuid(),
  managerName: z.string(),
  asOf: z.string(),
  baselineAt: z.string(),
  k: z.number().int(),
  organisation: suppressible(groupFigures),
  departments: z.array(z.object({ department: z.string(), figures: suppressible(groupFigures) })),
  trend: suppressible(z.array(z.object({ at: z.string(), metrics: z.record(z.string(), z.number().nullable()) }))),
});
export type TeamDashboardView = z.infer<typeof teamDashboard>;
export type SuppressionReason = (typeof suppressionReasons)[number];
