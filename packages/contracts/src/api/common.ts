import { z } from 'zod';
import { instant } from '../envelope';

export const roles = ['admin', 'manager', 'participant'] as const;
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

/** Every list is paginated: an opaque cursor and a page size (1–500, default 50). */
export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(200).optional(),
});

export const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** Every metric endpoint answers "as of" an instant; default now (SPEC §6). */
export const asOfQuery = z.object({ asOf: instant.optional() });

export const personIdParams = z.object({ id: z.uuid().toLowerCase() });

/** What a command returns: where its events landed. */
export const commandResult = z.object({
  streamId: z.string(),
  streamVersion: z.number().int(),
  eventIds: z.array(z.uuid().toLowerCase()),
});

export const problemDocument = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  errorId: z.string().optional(),
});
