import { z } from 'zod';
import { eventEnvelope } from '../envelope';

export const eventLogQuery = z.object({
  streamId: z.string().min(1).max(200).optional(),
  type: z.string().min(1).max(100).optional(),
  /** Global position to start after (exclusive); 0 = from the beginning. */
  after: z.string().regex(/^\d{1,19}$/, 'a global position').default('0'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const eventLogResponse = z.object({
  items: z.array(eventEnvelope.required({ globalPosition: true })),
  /** Pass as `after` for the next page; null at the end of the log. */
  nextAfter: z.string().nullable(),
});
