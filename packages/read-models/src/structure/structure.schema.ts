/**
 * Structural metrics (SPEC §6.3) are snapshots of the whole active-tie graph as of an
 * instant: one run per as-of instant, with every person's metrics and the active ties
 * it was computed from (recommendations and the organisation graph read those ties).
 */
export const structureMigration = {
  id: '201_structure',
  sql: `
    CREATE TABLE rm_structure_runs (
      run_id bigserial PRIMARY KEY,
      as_of timestamptz NOT NULL UNIQUE,
      computed_at timestamptz NOT NULL,
      duration_ms integer NOT NULL,
      trigger text NOT NULL,
      -- The last projected event (global position) when the run started: a cached run
      -- for an explicit as-of instant is reused only while nothing new was projected.
      events_through bigint NOT NULL,
      people integer NOT NULL,
      ties integer NOT NULL,
      thresholds jsonb NOT NULL
    );
    CREATE INDEX rm_structure_runs_computed ON rm_structure_runs (computed_at);

    CREATE TABLE rm_structure_people (
      run_id bigint NOT NULL REFERENCES rm_structure_runs ON DELETE CASCADE,
      person_id uuid NOT NULL,
      degree integer NOT NULL,
      constraint_value double precision NULL,
      effective_size double precision NULL,
      betweenness double precision NOT NULL,
      page_rank double precision NOT NULL,
      page_rank_percentile double precision NOT NULL,
      two_step_reach integer NOT NULL,
      clustering double precision NOT NULL,
      roles text[] NOT NULL,
      PRIMARY KEY (run_id, person_id)
    );

    -- Active ties of the run, each pair once (person_id < counterpart_id).
    CREATE TABLE rm_structure_ties (
      run_id bigint NOT NULL REFERENCES rm_structure_runs ON DELETE CASCADE,
      person_id uuid NOT NULL,
      counterpart_id uuid NOT NULL,
      strength double precision NOT NULL,
      PRIMARY KEY (run_id, person_id, counterpart_id)
    );
  `,
} as const;
