import { eventColumns, toStoredEvent, type EventRow } from './event-row';
import type { SqlExecutor, StoredEvent } from './types';

export interface ReadAllOptions {
  /** Exclusive: events with a greater position are returned. Default: from the start. */
  readonly afterPosition?: string;
  /** Exclusive: only events with a smaller position. Default: up to the newest. */
  readonly beforePosition?: string;
  /** `asc` (default): oldest first; `desc`: newest first, paging back with `beforePosition`. */
  readonly order?: 'asc' | 'desc';
  readonly limit: number;
  /** Only these event types. */
  readonly types?: readonly string[];
  /** Only this stream. */
  readonly streamId?: string;
}

export async function readStreamEvents(sql: SqlExecutor, streamId: string): Promise<StoredEvent[]> {
  const { rows } = await sql.query<EventRow>(`SELECT ${eventColumns} FROM events WHERE stream_id = $1 ORDER BY stream_version`, [streamId]);
  return rows.map(toStoredEvent);
}

/** One page of the global log in position order (either way); page on with the last event's globalPosition. */
export async function readAllEvents(sql: SqlExecutor, options: ReadAllOptions): Promise<StoredEvent[]> {
  if (!(Number.isInteger(options.limit) && options.limit > 0)) throw new RangeError('limit must be a positive integer');
  const params: unknown[] = [options.afterPosition ?? '0'];
  const where = ['global_position > $1::bigint'];
  if (options.beforePosition !== undefined) {
    params.push(options.beforePosition);
    where.push(`global_position < $${params.length}::bigint`);
  }
  if (options.types) {
    params.push(options.types);
    where.push(`type = ANY($${params.length}::text[])`);
  }
  if (options.streamId !== undefined) {
    params.push(options.streamId);
    where.push(`stream_id = $${params.length}`);
  }
  params.push(options.limit);
  const { rows } = await sql.query<EventRow>(
    `SELECT ${eventColumns} FROM events WHERE ${where.join(' AND ')} ORDER BY global_position ${options.order === 'desc' ? 'DESC' : 'ASC'} LIMIT $${params.length}`,
    params,
  );
  return rows.map(toStoredEvent);
}

export async function streamVersionsOf(sql: SqlExecutor, streamIds: readonly string[]): Promise<Map<string, number>> {
  const { rows } = await sql.query<{ stream_id: string; version: number }>(
    'SELECT stream_id, version FROM streams WHERE stream_id = ANY($1::text[])',
    [streamIds],
  );
  const versions = new Map(streamIds.map((id) => [id, 0]));
  for (const row of rows) versions.set(row.stream_id, row.version);
  return versions;
}
