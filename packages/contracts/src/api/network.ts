import { z } from 'zod';
import { instant } from '../envelope';
import { networkResponse } from './relationships';

const dimensions = ['department', 'function', 'location', 'seniority', 'expertise'] as const;

export const crossRole = z.enum(['central_connector', 'broker', 'peripheral']);

/** When and for which instant the structural metrics were computed (SPEC §6.3). */
export const structureRunView = z.object({
  asOf: instant,
  computedAt: instant,
  durationMs: z.number().int(),
  trigger: z.enum(['schedule', 'on_demand']),
  people: z.number().int(),
  activeTies: z.number().int(),
  thresholds: z.object({
    degreeP90: z.number().nullable(),
    betweennessP90: z.number().nullable(),
    constraintP25: z.number().nullable(),
    sizeP10: z.number().nullable(),
  }),
});

export const personStructureView = z.object({
  degree: z.number().int(),
  constraint: z.number().nullable(),
  effectiveSize: z.number().nullable(),
  betweenness: z.number(),
  pageRank: z.number(),
  pageRankPercentile: z.number(),
  twoStepReach: z.number().int(),
  clustering: z.number(),
  roles: z.array(crossRole),
});
export type PersonStructureView = z.infer<typeof personStructureView>;

/** GET /v1/people/{id}/network: the counts it always had, plus diversity and structure. */
export const personNetworkResponse = networkResponse.extend({
  crossDepartmentTies: z.number().int(),
  crossFunctionTies: z.number().int(),
  diversity: z.object({
    byDimension: z.record(z.enum(dimensions), z.number().nullable()),
    composite: z.number().nullable(),
  }),
  expertiseCoverage: z.number().nullable(),
  expertiseCovered: z.number().int(),
  expertiseInOrganisation: z.number().int(),
  /** Null when the person was not yet registered at the structure's as-of instant. */
  structure: personStructureView.nullable(),
  structureRun: structureRunView,
});
