/**
 * Programmes, cohorts, enrolments and the export log (SPEC §6.6). Order-independent:
 * a cohort row keeps each field with the stream version that last set it, an
 * enrolment row keeps the latest enrol/withdraw by stream version.
 */
export const cohortsMigration = {
  id: '301_cohorts',
  sql: `
    CREATE TABLE rm_programs (
      program_id uuid PRIMARY KEY,
      name text NOT NULL,
      description text NULL,
      created_at timestamptz NOT NULL
    );
    CREATE TABLE rm_cohorts (
      cohort_id uuid PRIMARY KEY,
      program_id uuid NULL,
      name text NOT NULL DEFAULT '',
      starts_on date NULL,
      ends_on date NULL,
      goals text[] NOT NULL DEFAULT '{}',
      -- Stream version that last set each field, so updates may arrive in any order.
      name_version int NOT NULL DEFAULT 0,
      starts_version int NOT NULL DEFAULT 0,
      ends_version int NOT NULL DEFAULT 0,
      goals_version int NOT NULL DEFAULT 0,
      version int NOT NULL DEFAULT 0
    );
    CREATE INDEX rm_cohorts_program ON rm_cohorts (program_id);
    CREATE TABLE rm_cohort_participants (
      cohort_id uuid NOT NULL,
      person_id uuid NOT NULL,
      enrolled boolean NOT NULL,
      enrolled_at timestamptz NULL,
      stream_version int NOT NULL,
      PRIMARY KEY (cohort_id, person_id)
    );
    CREATE INDEX rm_cohort_participants_person ON rm_cohort_participants (person_id);
    CREATE TABLE rm_report_exports (
      export_id uuid PRIMARY KEY,
      actor_id text NOT NULL,
      subject_kind text NOT NULL,
      subject_id uuid NOT NULL,
      format text NOT NULL,
      as_of timestamptz NOT NULL,
      bytes int NOT NULL,
      exported_at timestamptz NOT NULL
    );
    CREATE INDEX rm_report_exports_time ON rm_report_exports (exported_at DESC, export_id);
  `,
};

export const cohortsTables = ['rm_programs', 'rm_cohorts', 'rm_cohort_participants', 'rm_report_exports'] as const;
