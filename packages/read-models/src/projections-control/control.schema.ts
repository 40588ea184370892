/**
 * Control tables of the projections themselves (not read models: never rebuilt or
 * swapped, hence no `rm_` prefix). `projection_generation` names the projection
 * version the live `rm_*` tables were built with; `projection_rebuilds` tracks every
 * rebuild and its progress (docs/architecture-projections.md).
 */
export const projectionControlMigration = {
  id: '102_projection_control',
  sql: `
    CREATE TABLE projection_generation (
      singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
      version int NOT NULL,
      switched_at timestamptz NOT NULL DEFAULT now()
    );
    -- Tables built before projections were versioned count as version 1.
    INSERT INTO projection_generation (version) VALUES (1);

    CREATE TABLE projection_rebuilds (
      rebuild_id uuid PRIMARY KEY,
      state text NOT NULL,
      reason text NOT NULL,
      projection_version int NOT NULL,
      processed bigint NOT NULL DEFAULT 0,
      total bigint NOT NULL DEFAULT 0,
      requested_at timestamptz NOT NULL DEFAULT now(),
      started_at timestamptz NULL,
      heartbeat_at timestamptz NULL,
      finished_at timestamptz NULL,
      error text NULL
    );
    CREATE INDEX projection_rebuilds_requested ON projection_rebuilds (requested_at);
  `,
} as const;
