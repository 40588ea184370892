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

/**
 * A timestamptz as the store hands it out — ISO-8601 UTC, milliseconds (truncated, as a
 * Date would) — formatted by the database: parsing thousands of timestamps into Dates
 * only to print them again was a visible part of every relay batch.
 */
export const instantColumn = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const instantColumns = new Set<string>(['occurred_at', 'recorded_at']);

/** The column list every read selects, so all reads map rows the same way; `alias` qualifies them in joins. */
export const eventColumnsOf = (alias?: string): string =>
  columns
    .map((column) => {
      const qualified = alias ? `${alias}.${column}` : column;
      return instantColumns.has(column) ? `${instantColumn(qualified)} AS ${column}` : qualified;
    })
    .join(', ');

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

// Instants leave the store as ISO-8601 UTC (millisecond precision): already so when selected
// through instantColumn, else (a Date, or another text form) converted.
const formatted = (value: string): boolean => value.length === 24 && value.endsWith('Z') && value[10] === 'T';
export const isoInstant = (value: Date | string): string =>
  typeof value === 'string' && formatted(value) ? value : (value instanceof Date ? value : new Date(value)).toISOString();

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
