import type { ManagerDashboardResponse } from '@rapport/contracts';
import type { SqlExecutor } from '@rapport/event-store';
import { ORGANISATION, SNAPSHOT_HORIZON_SQL } from '../snapshots/person-snapshots.schema';

/**
 * Each manager's dashboard at a completed week's end, kept as one row once computed
 * (docs/architecture-projections.md). Group figures answer only at week boundaries, so a
 * week's figures change only when an event dated in it or before arrives late, or when
 * people change. A row is valid while its manager's subtree version and the
 * organisation's version add up to what they did when it was computed (versions only
 * grow, so any raise changes the sum), for the same reporting lines and k. The manager's
 * name is not kept: it is read with the row.
 */
export const keptDashboardsMigration = {
  id: '007_kept_dashboards',
  sql: `
    CREATE TABLE rm_manager_dashboards (
      manager_id uuid NOT NULL,
      at timestamptz NOT NULL,
      k int NOT NULL,
      reporting_lines text NOT NULL,
      versions bigint NOT NULL,
      dashboard jsonb NOT NULL,
      PRIMARY KEY (manager_id, at, k)
    );
  `,
};

/**
 * A manager's subtree version: raised with the snapshot version of anyone in their
 * reporting subtree (snapshot-invalidation.ts), so a dashboard's validity is one row
 * however many people it covers. Rows kept before it are computed again once.
 */
export const subtreeVersionsMigration = {
  id: '011_subtree_versions',
  sql: `
    CREATE TABLE rm_subtree_versions (
      manager_id uuid PRIMARY KEY,
      version bigint NOT NULL
    ) WITH (fillfactor = 80);
    DELETE FROM rm_manager_dashboards;
  `,
};

/** A dashboard as kept: everything but the manager's name. */
export type KeptDashboard = Omit<ManagerDashboardResponse, 'managerName'>;

export interface DashboardKey {
  readonly managerId: string;
  readonly at: number;
  readonly k: number;
  /** The reporting lines' fingerprint the disclosure was decided on. */
  readonly reportingLines: string;
}

/**
 * One statement: the manager's name as kept (sealed; null for an unknown person), the dashboard kept for
 * the key when still valid, the versions sum to keep a new one under, and the latest
 * instant one may be kept for (the start of the current week: an event dated after it
 * raises no version).
 */
export async function keptDashboard(
  db: SqlExecutor,
  key: DashboardKey,
): Promise<{ managerName: string; kept: KeptDashboard | null; versions: number; horizon: number } | null> {
  const { rows } = await db.query<{ display_name: string; versions: string | number; horizon: number; dashboard: KeptDashboard | null }>(
    `WITH versions AS (
       SELECT coalesce((SELECT version FROM rm_snapshot_versions WHERE person_id = $5), 0)
            + coalesce((SELECT version FROM rm_subtree_versions WHERE manager_id = $1), 0) AS versions
     )
     SELECT p.display_name, v.versions, floor(extract(epoch FROM ${SNAPSHOT_HORIZON_SQL}) * 1000)::float8 AS horizon, d.dashboard
       FROM rm_people p CROSS JOIN versions v
       LEFT JOIN rm_manager_dashboards d
         ON d.manager_id = p.person_id AND d.at = $2 AND d.k = $3 AND d.reporting_lines = $4 AND d.versions = v.versions
      WHERE p.person_id = $1`,
    [key.managerId, new Date(key.at).toISOString(), key.k, key.reportingLines, ORGANISATION],
  );
  const row = rows[0];
  return row ? { managerName: row.display_name, kept: row.dashboard, versions: Number(row.versions), horizon: Number(row.horizon) } : null;
}

/** Keeps a dashboard computed after its versions were read (a later change leaves it never read back). */
export async function keepDashboard(db: SqlExecutor, key: DashboardKey, versions: number, dashboard: KeptDashboard): Promise<void> {
  await db.query(
    `INSERT INTO rm_manager_dashboards (manager_id, at, k, reporting_lines, versions, dashboard) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (manager_id, at, k) DO UPDATE SET reporting_lines = excluded.reporting_lines, versions = excluded.versions, dashboard = excluded.dashboard`,
    [key.managerId, new Date(key.at).toISOString(), key.k, key.reportingLines, versions, JSON.stringify(dashboard)],
  );
}
