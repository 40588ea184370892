import { z } from 'zod';
import { instant } from '../envelope';
import { personStructureView, structureRunView } from './network';

export const orgGraphResponse = z.object({
  asOf: instant,
  nodes: z.array(
    z.object({
      personId: z.uuid().toLowerCase(),
      displayName: z.string(),
      department: z.string(),
      function: z.string(),
      location: z.string(),
      seniority: z.number().int(),
      expertise: z.array(z.string()),
      metrics: personStructureView,
    }),
  ),
  /** Active ties (S ≥ 10), each pair once. */
  edges: z.array(z.object({ source: z.uuid().toLowerCase(), target: z.uuid().toLowerCase(), strength: z.number() })),
  structureRun: structureRunView,
});

/** The latest current structural run, without computing one. */
export const structureStatusResponse = z.object({
  lastRun: structureRunView.nullable(),
  /** How often the worker's structural job runs. */
  intervalSeconds: z.number().int(),
});

export const computeStructureRequest = z.strictObject({ asOf: instant.optional() });
