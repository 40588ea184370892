import type { StoredEvent } from './types';

const columns = [
  'global_position',
  'event_id',
  'stream_id',
  'stream_version',
  'type',
  'schema_version',
  'occurred_at',
  'recorded_at',
  'actor_id',
  'correlation_id',
  'causation_id',
  'data',
] as const;

/** The column list every read selects, so all reads map rows the same way; `alias` qualifies them in joins. */
export const eventColumnsOf = (alias?: string): string =>
  columns.map((column) => (alias ? `${alias}.${column}` : column)).join(', ');

export const eventColumns = eventColumnsOf();

export interface EventRow extends Record<string, unknown> {
  global_position: string;
  event_id: string;
  stream_id: string;
  stream_version: number;
  type: string;
  schema_version: number;
  occurred_at: Date | string;
  recorded_at: Date | string;
  actor_id: string;
  correlation_id: string;
  causation_id: string | null;
  data: unknown;
}

// Both drivers hand timestamptz over as Date; instants leave the store as ISO-8601 UTC (millisecond precision).
export const isoInstant = (value: Date | string): string => (value instanceof Date ? value : new Date(value)).toISOString();

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    occurredAt: isoInstant(row.occurred_at),
    recordedAt: isoInstant(row.recorded_at),
    actorId: row.actor_id,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    globalPosition: String(row.global_position),
    data: row.data,
  };
}
