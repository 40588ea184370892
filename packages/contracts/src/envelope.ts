import { z } from 'zod';

/** Identifiers are UUIDs (events use UUIDv7 so they sort by creation time). */
export const id = z.uuid().toLowerCase();

/** An ISO-8601 instant with an explicit offset, e.g. 2026-03-01T09:30:00Z. */
export const instant = z.iso.datetime({ offset: true });

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
