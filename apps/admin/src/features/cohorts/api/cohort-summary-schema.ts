import { z } from 'zod';

// A cohort's progress (SPEC §6.6), mirrored here until the contracts package publishes it.
const distribution = z.object({ n: z.number().int(), p25: z.number().nullable(), median: z.number().nullable(), p75: z.number().nullable() });

const internalNetwork = z.object({
  participants: z.number().int(),
  ties: z.number().int(),
  possibleTies: z.number().int(),
  density: z.number().nullable(),
  meanStrength: z.number().nullable(),
});

export const cohortProgress = z.object({
  cohortId: z.uuid(),
  baselineAt: z.string(),
  asOf: z.string(),
  participants: z.number().int(),
  metrics: z.array(
    z.object({
      metric: z.string(),
      kind: z.enum(['network', 'habit']),
      label: z.string(),
      baseline: distribution,
      current: distribution,
      change: z.number().nullable(),
      compared: z.number().int(),
      improved: z.number().int(),
    }),
  ),
  baselineNetwork: internalNetwork,
  internalNetwork,
});
export type CohortProgressView = z.infer<typeof cohortProgress>;

export const cohortSummaryPath = '/v1/cohorts/{id}/summary';
