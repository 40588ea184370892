import { z } from 'zod';

/** Identifiers are UUIDs (events use UUIDv7 so they sort by creation time). */
export const id = z.uuid().toLowerCase();

/** The earliest instant Rapport accepts: 1970-01-01T00:00:00Z (nothing networked earlier; the strength weights are kept from a fixed epoch after it). */
export const EARLIEST_INSTANT = Date.UTC(1970, 0, 1);

/** An ISO-8601 instant with an explicit offset, e.g. 2026-03-01T09:30:00Z, from 1970 on. */
export const instant = z.iso.datetime({ offset: true }).refine((value) => {
  const at = Date.parse(value);
  // What is not an instant at all is reported by the format check alone.
  return Number.isNaN(at) || at >= EARLIEST_INSTANT;
}, 'must be 1970-01-01T00:00:00Z or later');

/**
 * The envelope every Rapport event travels in (SPEC §5): in the event store,
 * on the `rapport.events` topic (as the JSON message value) and in the API's event log.
 */
export const eventEnvelope = z.object({
  eventId: id,
  type: z.string().min(1),
  schemaVersion: z.number().int().positive(),
  streamId: z.string().min(1),
  streamVersion: z.number().int().positive(),
  occurredAt: instant,
  recordedAt: instant,
  actorId: z.string().min(1),
  correlationId: z.string().min(1),
  causationId: z.string().min(1).nullable(),
  /** Position in the store's global order; present once appended. */
  globalPosition: z.string().regex(/^\d+$/).optional(),
  data: z.unknown(),
});

export type EventEnvelope<TData = unknown> = Omit<z.infer<typeof eventEnvelope>, 'data'> & {
  readonly data: TData;
};
