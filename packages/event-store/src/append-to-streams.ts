import { ConcurrencyConflictError, DuplicateEventError, InvalidAppendError } from './errors';
import { eventColumns, toStoredEvent, type EventRow } from './event-row';
import type { AppendResult, ExpectedVersion, SqlExecutor, StreamAppend } from './types';

/**
 * Appends to several streams atomically inside the caller's transaction, with a
 * constant number of statements whatever the batch size:
 *
 * 1. lock every stream row (creating missing ones at version 0) in stream-id order,
 *    reading the current versions; a fixed lock order keeps two overlapping batches
 *    from deadlocking;
 * 2. compare with the expected versions (a mismatch throws and the caller's
 *    transaction rolls back, placeholder rows included);
 * 3. move the versions forward;
 * 4. insert all events and their outbox rows in one statement.
 *
 * Because a stream's row is locked before its events get positions, and the next
 * append to that stream waits for the lock until this transaction commits, a
 * stream's later versions always get higher positions (the relay's per-stream order).
 */
export async function appendToStreams(tx: SqlExecutor, appends: readonly StreamAppend[]): Promise<AppendResult[]> {
  assertWellFormed(appends);
  if (appends.length === 0) return [];

  const current = await lockStreams(
    tx,
    appends.map((append) => append.streamId),
  );
  const startVersion = new Map<string, number>();
  for (const { streamId, expectedVersion } of appends) {
    const actual = current.get(streamId) ?? 0;
    if (!matches(expectedVersion, actual)) throw new ConcurrencyConflictError(streamId, expectedVersion, actual);
    startVersion.set(streamId, actual);
  }

  const growing = appends.filter((append) => append.events.length > 0);
  if (growing.length > 0) {
    await tx.query(
      `UPDATE streams AS s SET version = t.version
         FROM unnest($1::text[], $2::int[]) AS t(stream_id, version)
        WHERE s.stream_id = t.stream_id`,
      [growing.map((a) => a.streamId), growing.map((a) => (startVersion.get(a.streamId) ?? 0) + a.events.length)],
    );
  }

  const stored = await insertEvents(tx, appends, startVersion);
  return appends.map(({ streamId, events }) => {
    const start = startVersion.get(streamId) ?? 0;
    return {
      streamId,
      nextExpectedVersion: start + events.length,
      events: events.map((_, i) => {
        const event = stored.get(`${start + i + 1}:${streamId}`);
        if (!event) throw new Error(`appended event ${streamId}@${start + i + 1} was not returned`);
        return event;
      }),
    };
  });
}

function matches(expected: ExpectedVersion, actual: number): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return actual === 0;
  return expected === actual;
}

async function lockStreams(tx: SqlExecutor, streamIds: readonly string[]): Promise<Map<string, number>> {
  // DO UPDATE (a no-op assignment) locks an existing row; an inserted row is ours until commit.
  const { rows } = await tx.query<{ stream_id: string; version: number }>(
    `INSERT INTO streams AS s (stream_id, version)
       SELECT stream_id, 0 FROM unnest($1::text[]) AS t(stream_id) ORDER BY stream_id COLLATE "C"
     ON CONFLICT (stream_id) DO UPDATE SET version = s.version
     RETURNING stream_id, version`,
    [streamIds],
  );
  return new Map(rows.map((row) => [row.stream_id, row.version]));
}

async function insertEvents(
  tx: SqlExecutor,
  appends: readonly StreamAppend[],
  startVersion: ReadonlyMap<string, number>,
) {
  const rows = appends.flatMap(({ streamId, events }) =>
    events.map((event, i) => ({ streamId, version: (startVersion.get(streamId) ?? 0) + i + 1, event })),
  );
  const stored = new Map<string, ReturnType<typeof toStoredEvent>>();
  if (rows.length === 0) return stored;

  try {
    // WITH ORDINALITY + ORDER BY: positions are allocated in the order the caller listed the events.
    const result = await tx.query<EventRow>(
      `WITH appended AS (
         INSERT INTO events (event_id, stream_id, stream_version, type, schema_version, occurred_at,
                             actor_id, correlation_id, causation_id, data)
         SELECT event_id::uuid, stream_id, stream_version, type, schema_version, occurred_at::timestamptz,
                actor_id, correlation_id, causation_id, data::jsonb
           FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::int[], $6::text[],
                       $7::text[], $8::text[], $9::text[], $10::text[])
                WITH ORDINALITY AS t(event_id, stream_id, stream_version, type, schema_version, occurred_at,
                                     actor_id, correlation_id, causation_id, data, ord)
          ORDER BY ord
         RETURNING ${eventColumns}
       ), queued AS (
         INSERT INTO outbox (global_position) SELECT global_position FROM appended
       )
       SELECT ${eventColumns} FROM appended`,
      [
        rows.map((r) => r.event.eventId),
        rows.map((r) => r.streamId),
        rows.map((r) => r.version),
        rows.map((r) => r.event.type),
        rows.map((r) => r.event.schemaVersion),
        rows.map((r) => r.event.occurredAt),
        rows.map((r) => r.event.actorId),
        rows.map((r) => r.event.correlationId),
        rows.map((r) => r.event.causationId),
        rows.map((r) => JSON.stringify(r.event.data ?? null)),
      ],
    );
    for (const row of result.rows) {
      const event = toStoredEvent(row);
      stored.set(`${event.streamVersion}:${event.streamId}`, event);
    }
    return stored;
  } catch (error) {
    throw translateUniqueViolation(error);
  }
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
