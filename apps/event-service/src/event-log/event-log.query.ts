import type { EventLogQuery } from '@rapport/contracts';
import type { SqlExecutor, StoredEvent } from '@rapport/event-store';

interface LogRow extends Record<string, unknown> {
  global_position: string | number | bigint;
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

const instant = (value: Date | string): string => (value instanceof Date ? value : new Date(value)).toISOString();

/**
 * A page of the event log between two global positions (both exclusive), oldest or newest
 * first, optionally of one type or one stream. The store reads forwards only (what the relay
 * and rebuilds need); the admin reads the latest events first, so the log has its own query.
 */
export async function readEventLog(db: SqlExecutor, query: Pick<EventLogQuery, 'after' | 'before' | 'order' | 'type' | 'streamId'> & { limit: number }): Promise<StoredEvent[]> {
  const params: unknown[] = [query.after];
  const where = ['global_position > $1::bigint'];
  if (query.before !== undefined) {
    params.push(query.before);
    where.push(`global_position < $${params.length}::bigint`);
  }
  if (query.type !== undefined) {
    params.push(query.type);
    where.push(`type = $${params.length}`);
  }
  if (query.streamId !== undefined) {
    params.push(query.streamId);
    where.push(`stream_id = $${params.length}`);
  }
  params.push(query.limit);
  const { rows } = await db.query<LogRow>(
    `SELECT global_position, event_id, stream_id, stream_version, type, schema_version, occurred_at, recorded_at,
            actor_id, correlation_id, causation_id, data
       FROM events WHERE ${where.join(' AND ')}
      ORDER BY global_position ${query.order === 'desc' ? 'DESC' : 'ASC'} LIMIT $${params.length}`,
    params,
  );
  return rows.map((row) => ({
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    occurredAt: instant(row.occurred_at),
    recordedAt: instant(row.recorded_at),
    actorId: row.actor_id,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    globalPosition: String(row.global_position),
    data: row.data,
  }));
}
