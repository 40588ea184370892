import { ConcurrencyConflictError, DuplicateEventError, InvalidAppendError } from './errors';
import { instantColumn, isoInstant } from './event-row';
import type { AppendResult, ExpectedVersion, SqlExecutor, StoredEvent, StreamAppend } from './types';

/**
 * Appends to several streams atomically inside the caller's transaction, with two
 * statements whatever the batch size:
 *
 * 1. claim every stream row in stream-id order and move its version forward in one
 *    upsert (a missing stream is inserted at its new version, an existing one is
 *    locked and advanced), returning the new versions; a fixed lock order keeps two
 *    overlapping batches from deadlocking. The versions before the append follow
 *    (new − added) and are compared with the expected ones; on a mismatch the
 *    versions are put back and ConcurrencyConflictError rolls the caller's
 *    transaction back;
 * 2. insert all events and their outbox row (one per append) in one statement.
 *
 * Because a stream's row is locked before its events get positions, and the next
 * append to that stream waits for the lock until this transaction commits, a
 * stream's later versions always get higher positions (the relay's per-stream order).
 */
export async function appendToStreams(tx: SqlExecutor, appends: readonly StreamAppend[]): Promise<AppendResult[]> {
  assertWellFormed(appends);
  if (appends.length === 0) return [];

  const startVersion = await claimStreams(tx, appends);
  const stored = await insertEvents(tx, appends, startVersion);
  let next = 0;
  return appends.map(({ streamId, events }) => {
    const start = startVersion.get(streamId) ?? 0;
    return { streamId, nextExpectedVersion: start + events.length, events: stored.slice(next, (next += events.length)) };
  });
}

function matches(expected: ExpectedVersion, actual: number): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return actual === 0;
  return expected === actual;
}

/** Locks and advances every stream of the append; resolves to each stream's version before it. */
async function claimStreams(tx: SqlExecutor, appends: readonly StreamAppend[]): Promise<Map<string, number>> {
  // ON CONFLICT DO UPDATE locks an existing row (an inserted row is ours until commit); an
  // append without events still locks its stream, leaving a missing one at version 0.
  const { rows } = await tx.query<{ stream_id: string; version: number }>(
    `INSERT INTO streams AS s (stream_id, version)
       SELECT stream_id, added FROM unnest($1::text[], $2::int[]) AS t(stream_id, added) ORDER BY stream_id COLLATE "C"
     ON CONFLICT (stream_id) DO UPDATE SET version = s.version + excluded.version
     RETURNING stream_id, version`,
    [appends.map((a) => a.streamId), appends.map((a) => a.events.length)],
  );
  const advanced = new Map(rows.map((row) => [row.stream_id, row.version]));
  const startVersion = new Map<string, number>();
  for (const { streamId, events } of appends) startVersion.set(streamId, (advanced.get(streamId) ?? 0) - events.length);

  const conflict = appends.find(({ streamId, expectedVersion }) => !matches(expectedVersion, startVersion.get(streamId) ?? 0));
  if (conflict) {
    // Put the versions back, so a caller that catches the conflict and commits anyway
    // leaves every stream as it found it (a missing one at version 0, as before).
    await tx.query(
      `UPDATE streams AS s SET version = t.version
         FROM unnest($1::text[], $2::int[]) AS t(stream_id, version)
        WHERE s.stream_id = t.stream_id`,
      [appends.map((a) => a.streamId), appends.map((a) => startVersion.get(a.streamId) ?? 0)],
    );
    throw new ConcurrencyConflictError(conflict.streamId, conflict.expectedVersion, startVersion.get(conflict.streamId) ?? 0);
  }
  return startVersion;
}

interface InsertedRow extends Record<string, unknown> {
  global_position: string;
  event_id: string;
  occurred_at: Date | string;
  recorded_at: Date | string;
}

/**
 * Inserts the events and the append's outbox row, positions allocated in the order the caller
 * listed the events. The rows travel as one JSON document (one parameter: one
 * JSON.stringify instead of escaping ten arrays element by element); only what the
 * database assigns or normalises comes back.
 */
async function insertEvents(
  tx: SqlExecutor,
  appends: readonly StreamAppend[],
  startVersion: ReadonlyMap<string, number>,
): Promise<StoredEvent[]> {
  const rows: Array<Record<string, unknown>> = [];
  const appended: Array<Omit<StoredEvent, 'eventId' | 'occurredAt' | 'recordedAt' | 'globalPosition'>> = [];
  for (const { streamId, events } of appends) {
    const start = startVersion.get(streamId) ?? 0;
    events.forEach((event, i) => {
      const streamVersion = start + i + 1;
      const data = event.data ?? null;
      rows.push({
        event_id: event.eventId,
        stream_id: streamId,
        stream_version: streamVersion,
        type: event.type,
        schema_version: event.schemaVersion,
        occurred_at: event.occurredAt,
        actor_id: event.actorId,
        correlation_id: event.correlationId,
        causation_id: event.causationId,
        data,
      });
      appended.push({
        type: event.type,
        schemaVersion: event.schemaVersion,
        streamId,
        streamVersion,
        actorId: event.actorId,
        correlationId: event.correlationId,
        causationId: event.causationId,
        data,
      });
    });
  }
  if (rows.length === 0) return [];

  let inserted: InsertedRow[];
  try {
    // WITH ORDINALITY + ORDER BY: positions are allocated in the order the caller listed
    // the events, and RETURNING follows that order. A JSON null data is stored as jsonb null.
    const result = await tx.query<InsertedRow>(
      `WITH appended AS (
         INSERT INTO events (event_id, stream_id, stream_version, type, schema_version, occurred_at,
                             actor_id, correlation_id, causation_id, data)
         SELECT event_id, stream_id, stream_version, type, schema_version, occurred_at,
                actor_id, correlation_id, causation_id, coalesce(data, 'null'::jsonb)
           FROM ROWS FROM (json_to_recordset($1::json) AS (
                  event_id uuid, stream_id text, stream_version integer, type text, schema_version integer,
                  occurred_at timestamptz, actor_id text, correlation_id text, causation_id text, data jsonb))
                WITH ORDINALITY AS t(event_id, stream_id, stream_version, type, schema_version, occurred_at,
                                     actor_id, correlation_id, causation_id, data, ord)
          ORDER BY ord
         RETURNING global_position, event_id, ${instantColumn('occurred_at')} AS occurred_at,
                   ${instantColumn('recorded_at')} AS recorded_at
       ), queued AS (
         INSERT INTO outbox_appends (first_position, event_count, positions)
         SELECT min(global_position), count(*), array_agg(global_position ORDER BY global_position) FROM appended
       )
       SELECT global_position, event_id, occurred_at, recorded_at FROM appended ORDER BY global_position`,
      [JSON.stringify(rows)],
    );
    inserted = result.rows;
  } catch (error) {
    throw translateUniqueViolation(error);
  }
  if (inserted.length !== rows.length) throw new Error(`appended ${rows.length} events but ${inserted.length} were returned`);
  // The data is not read back: it is the caller's JSON value (jsonb keeps its values, not its key order).
  return inserted.map((row, i) => ({
    ...appended[i]!,
    eventId: row.event_id,
    occurredAt: isoInstant(row.occurred_at),
    recordedAt: isoInstant(row.recorded_at),
    globalPosition: String(row.global_position),
  }));
}

function translateUniqueViolation(error: unknown): unknown {
  const pgError = error as { code?: string; constraint?: string; detail?: string };
  if (pgError.code === '23505' && pgError.constraint === 'events_event_id_key') {
    return new DuplicateEventError(pgError.detail ?? 'event_id');
  }
  return error;
}

function assertWellFormed(appends: readonly StreamAppend[]): void {
  const seen = new Set<string>();
  for (const { streamId, expectedVersion } of appends) {
    if (streamId === '') throw new InvalidAppendError('a stream id must not be empty');
    if (seen.has(streamId)) throw new InvalidAppendError(`stream ${streamId} appears twice in one append`);
    seen.add(streamId);
    if (typeof expectedVersion === 'number' && !(Number.isInteger(expectedVersion) && expectedVersion >= 0)) {
      throw new InvalidAppendError(`expected version of ${streamId} must be a non-negative integer`);
    }
  }
}
