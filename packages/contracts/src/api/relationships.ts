import { z } from 'zod';
import { channel } from '../events/interaction-logged.v1';
import { instant } from '../envelope';

const factors = z.object({
  interaction: z.number(),
  help: z.number(),
  introduction: z.number(),
  thank_you: z.number(),
  reciprocity: z.number(),
});

export const strengthExplanation = z.object({
  interactionCount: z.number().int(),
  lastContact: z.string().nullable(),
  channelMix: z.partialRecord(channel, z.number().int()),
  averageDepth: z.number().nullable(),
  reciprocity: z.object({ value: z.number(), initiatedByPerson: z.number().int(), initiatedByCounterpart: z.number().int() }),
  valueExchanged: z.object({ helpGiven: z.number().int(), helpReceived: z.number().int(), introductions: z.number().int() }),
  notesSent: z.object({ byPerson: z.number().int(), byCounterpart: z.number().int(), handwritten: z.number().int() }),
  intensity: z.number(),
  factorPoints: factors,
  factorShares: factors,
});

export const tier = z.enum(['core', 'strong', 'developing', 'weak', 'inactive']);

export const relationshipView = z.object({
  counterpartId: z.uuid().toLowerCase(),
  counterpartName: z.string().nullable(),
  strength: z.number(),
  tier,
  explanation: strengthExplanation,
});
export type RelationshipView = z.infer<typeof relationshipView>;

export const relationshipsResponse = z.object({
  personId: z.uuid().toLowerCase(),
  asOf: instant,
  items: z.array(relationshipView),
  nextCursor: z.string().nullable(),
});

export const networkResponse = z.object({
  personId: z.uuid().toLowerCase(),
  asOf: instant,
  size: z.number().int(),
  strongTies: z.number().int(),
  supportSystem: z.number().int(),
});
