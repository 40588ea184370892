import { z } from 'zod';
import { eventEnvelope } from '../envelope';

const globalPosition = z
  .string()
  .regex(/^\d{1,19}$/, 'a global position')
  .refine(
    (value) => !/^\d+$/.test(value) || BigInt(value) <= 9_223_372_036_854_775_807n,
    'a global position (at most 9223372036854775807)',
  );

export const eventLogQuery = z.object({
  streamId: z.string().min(1).max(200).optional(),
  type: z.string().min(1).max(100).optional(),
  /** Global position to start after (exclusive); 0 = from the beginning. */
  after: globalPosition.default('0'),
  /** Global position to stop before (exclusive); absent = up to the newest event. */
  before: globalPosition.optional(),
  /** `asc`: oldest first (the default); `desc`: newest first, paging back with `before`. */
  order: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type EventLogQuery = z.infer<typeof eventLogQuery>;

export const eventLogResponse = z.object({
  items: z.array(eventEnvelope.required({ globalPosition: true })),
  /** Oldest first: pass as `after` for the next page; null at the end of the log (and when newest first). */
  nextAfter: z.string().nullable(),
  /** Newest first: pass as `before` for the next, older page; null at the start of the log (and when oldest first). */
  nextBefore: z.string().nullable(),
});
