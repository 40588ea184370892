import { randomUUID } from 'node:crypto';
import type { RebuildView } from '@rapport/contracts';
import type { SqlExecutor } from '@rapport/event-store';

/** A running rebuild whose heartbeat is older than this is considered abandoned (its worker died) and is taken over. */
export const REBUILD_STALE_AFTER_SECONDS = 120;

interface RebuildRow extends Record<string, unknown> {
  rebuild_id: string;
  state: RebuildView['state'];
  reason: string;
  projection_version: number;
  processed: string | number;
  total: string | number;
  requested_at: Date | string;
  started_at: Date | string | null;
  finished_at: Date | string | null;
  error: string | null;
}

const iso = (t: Date | string | null): string | null => (t === null ? null : new Date(t).toISOString());

export function toRebuildView(r: RebuildRow): RebuildView {
  const processed = Number(r.processed);
  const total = Number(r.total);
  const percent = r.state === 'switched' ? 100 : total > 0 ? Math.min(100, Math.floor((1000 * processed) / total) / 10) : 0;
  return {
    rebuildId: r.rebuild_id,
    state: r.state,
    reason: r.reason,
    projectionVersion: Number(r.projection_version),
    processed,
    total,
    percent,
    requestedAt: iso(r.requested_at)!,
    startedAt: iso(r.started_at),
    finishedAt: iso(r.finished_at),
    error: r.error,
  };
}

const active = `(state = 'requested' OR (state = 'running' AND heartbeat_at > now() - make_interval(secs => ${REBUILD_STALE_AFTER_SECONDS})))`;

/** Asks the workers for a rebuild; while one is requested or running, that one is returned instead of a second. */
export async function requestRebuild(
  db: SqlExecutor,
  reason: string,
  projectionVersion: number,
): Promise<{ rebuild: RebuildView; created: boolean }> {
  const existing = await db.query<RebuildRow>(`SELECT * FROM projection_rebuilds WHERE ${active} ORDER BY requested_at LIMIT 1`);
  if (existing.rows[0]) return { rebuild: toRebuildView(existing.rows[0]), created: false };
  const { rows } = await db.query<RebuildRow>(
    `INSERT INTO projection_rebuilds (rebuild_id, state, reason, projection_version) VALUES ($1, 'requested', $2, $3) RETURNING *`,
    [randomUUID(), reason, projectionVersion],
  );
  return { rebuild: toRebuildView(rows[0]!), created: true };
}

/** Takes the oldest requested (or abandoned) rebuild for this worker, atomically: two workers never run the same one. */
export async function claimRebuild(db: SqlExecutor): Promise<RebuildView | null> {
  const { rows } = await db.query<RebuildRow>(
    `UPDATE projection_rebuilds SET state = 'running', started_at = now(), heartbeat_at = now(), processed = 0, error = NULL
      WHERE rebuild_id = (
        SELECT rebuild_id FROM projection_rebuilds
         WHERE state = 'requested' OR (state = 'running' AND heartbeat_at <= now() - make_interval(secs => ${REBUILD_STALE_AFTER_SECONDS}))
         ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING *`,
  );
  return rows[0] ? toRebuildView(rows[0]) : null;
}

export async function recordRebuildProgress(db: SqlExecutor, rebuildId: string, processed: number, total: number): Promise<void> {
  await db.query(`UPDATE projection_rebuilds SET processed = $2, total = $3, heartbeat_at = now() WHERE rebuild_id = $1`, [
    rebuildId,
    processed,
    total,
  ]);
}

export async function finishRebuild(
  db: SqlExecutor,
  rebuildId: string,
  outcome: { state: 'switched' | 'failed' | 'requested'; error?: string },
): Promise<void> {
  await db.query(
    `UPDATE projection_rebuilds SET state = $2, error = $3, finished_at = CASE WHEN $2 = 'requested' THEN NULL ELSE now() END WHERE rebuild_id = $1`,
    [rebuildId, outcome.state, outcome.error?.slice(0, 2000) ?? null],
  );
}

export async function latestRebuild(db: SqlExecutor): Promise<RebuildView | null> {
  const { rows } = await db.query<RebuildRow>(`SELECT * FROM projection_rebuilds ORDER BY requested_at DESC LIMIT 1`);
  return rows[0] ? toRebuildView(rows[0]) : null;
}

/** The projection version the live read models were built with. */
export async function liveProjectionVersion(db: SqlExecutor): Promise<number> {
  const { rows } = await db.query<{ version: number }>(`SELECT version FROM projection_generation`);
  return Number(rows[0]?.version ?? 1);
}
