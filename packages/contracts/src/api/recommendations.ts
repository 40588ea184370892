import { z } from 'zod';
import { instant } from '../envelope';
import { asOfQuery } from './common';
import { structureRunView } from './network';

export const recommendationsQuery = asOfQuery.extend({
  limit: z.coerce.number().int().min(1).max(100).default(10),
});

export const recommendationView = z.object({
  candidateId: z.uuid().toLowerCase(),
  candidateName: z.string(),
  score: z.number(),
  pageRankPercentile: z.number(),
  /** Share of the organisation (percent) at least as well networked. */
  topShare: z.number().int(),
  diversityGain: z.number(),
  introFactor: z.number(),
  adds: z.array(z.string()),
  /** The warm introduction path person → introducer → candidate, or null when there is none. */
  introduction: z
    .object({
      introducerId: z.uuid().toLowerCase(),
      introducerName: z.string(),
      strengthToPerson: z.number(),
      strengthToCandidate: z.number(),
      path: z.array(z.uuid().toLowerCase()),
    })
    .nullable(),
  sentence: z.string(),
});

export const recommendationsResponse = z.object({
  personId: z.uuid().toLowerCase(),
  asOf: instant,
  items: z.array(recommendationView),
  structureRun: structureRunView,
});
