import type { ProjectionLag, ProjectionStatusResponse } from '@rapport/contracts';
import type { SqlExecutor } from '@rapport/event-store';
import { PROJECTION_VERSION } from './projection-version';
import { latestRebuild, liveProjectionVersion } from './rebuild-requests';

/** Events waiting in the outbox, stored and projected; consumer lag comes from the transport (null when unknown). */
export async function projectionLag(db: SqlExecutor, consumerLag: number | null): Promise<ProjectionLag> {
  const count = async (sql: string) => Number((await db.query<{ n: string }>(sql)).rows[0]?.n ?? 0);
  const outboxPending = await count('SELECT count(*) AS n FROM outbox');
  const eventsInStore = await count('SELECT count(*) AS n FROM events');
  const eventsProjected = await count('SELECT count(*) AS n FROM rm_processed_events');
  return { outboxPending, consumerLag, eventsInStore, eventsProjected };
}

/**
 * Lag, the last projected event (the one furthest in the log, found by index) and rebuild
 * progress; consumer lag comes from the transport (null when unknown).
 */
export async function projectionStatus(db: SqlExecutor, consumerLag: number | null): Promise<ProjectionStatusResponse> {
  const lag = await projectionLag(db, consumerLag);
  const { rows } = await db.query<{ event_id: string; global_position: string; processed_at: Date | string }>(
    `SELECT event_id, global_position::text AS global_position, processed_at FROM rm_processed_events
      ORDER BY global_position DESC LIMIT 1`,
  );
  const last = rows[0];
  return {
    liveVersion: await liveProjectionVersion(db),
    codeVersion: PROJECTION_VERSION,
    lag,
    lastProjected: last
      ? { eventId: last.event_id, globalPosition: String(last.global_position), projectedAt: new Date(last.processed_at).toISOString() }
      : null,
    rebuild: await latestRebuild(db),
  };
}
