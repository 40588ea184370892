/**
 * Each person's cohort metrics (SPEC §6.3, §6.5) at an instant, kept once computed so
 * that group figures read rows instead of history (docs/architecture-projections.md).
 *
 * A row is only kept for an instant at or before the start of the current week, and
 * is valid while its versions are: the person's own (raised by the projection when an
 * event dated at or before that horizon touches them: a back-dated interaction, help,
 * note, target change or feedback) and the organisation's (raised by every change to
 * people, whose profiles and categories every metric reads). Events dated in the
 * current week, the usual case, change no kept row and raise nothing.
 */
export const personSnapshotsMigration = {
  id: '005_person_snapshots',
  sql: `
    CREATE TABLE rm_snapshot_versions (
      person_id uuid PRIMARY KEY,
      version bigint NOT NULL
    ) WITH (fillfactor = 80);
    CREATE TABLE rm_person_snapshots (
      person_id uuid NOT NULL,
      at timestamptz NOT NULL,
      version bigint NOT NULL,
      organisation_version bigint NOT NULL,
      metrics jsonb NOT NULL,
      PRIMARY KEY (person_id, at)
    );
  `,
};

/** The organisation's own version row. */
export const ORGANISATION = '00000000-0000-0000-0000-000000000000';

/**
 * Caches of computed figures and what tells whether they are still valid: emptied with
 * the read models, never compared or fingerprinted as projected rows.
 */
export const snapshotTables = [
  'rm_snapshot_versions',
  'rm_person_snapshots',
  'rm_manager_dashboards',
  'rm_subtree_versions',
  'rm_people_changes',
  'rm_projection_marks',
  'rm_cohort_answers',
] as const;

/** The latest instant a row may be kept for: the start of the current week (SQL, the database's clock). */
export const SNAPSHOT_HORIZON_SQL = `date_trunc('week', now(), 'UTC')`;
