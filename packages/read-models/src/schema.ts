import { structureMigration } from './structure/structure.schema';
import { signalsMigration, signalsTables } from './signals/signals.schema';
import { introductionRequestsMigration, introductionRequestsTables } from './signals/introduction-requests.schema';
import { feedbackDismissalsMigration, feedbackDismissalsTables } from './signals/feedback-dismissals.schema';
import { pairTotalsBothWaysMigration } from './pairs/totals-both-ways.schema';
import { projectionControlMigration } from './projections-control/control.schema';
import { cohortsMigration, cohortsTables } from './cohorts/cohorts.schema';
import { pairSumsMigration, pairSumsTables } from './pairs/pair-sums.schema';
import { pairsStoredOnceMigration } from './pairs/pairs-stored-once.schema';
import { personSnapshotsMigration, snapshotTables } from './snapshots/person-snapshots.schema';
import { keptDashboardsMigration, subtreeVersionsMigration } from './managers/kept-dashboards';
import { peopleChangesMigration } from './managers/reporting-lines';
import { projectionMarksMigration } from './projections-control/projection-marks';
import { organisationCategoriesMigration, organisationCategoriesTables } from './structure/organisation-categories';

/**
 * Read-model tables, owned by the projections. They live beside the event store in
 * the same database and are rebuilt from it at will; nothing here is a source of truth.
 */
export const readModelMigrations = [
  {
    id: '001_people_and_ties',
    sql: `
      CREATE TABLE rm_people (
        person_id uuid PRIMARY KEY,
        display_name text NOT NULL,
        email text NOT NULL,
        department text NOT NULL,
        function text NOT NULL,
        location text NOT NULL,
        seniority int NOT NULL,
        expertise text[] NOT NULL DEFAULT '{}',
        manager_id uuid NULL,
        version int NOT NULL,
        registered_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE INDEX rm_people_department ON rm_people (department);

      -- One row per (event, person, counterpart): each contribution is stored in both
      -- directions so a person's ties are one index range. epoch_weight = w·2^((t − t0)/H).
      CREATE TABLE rm_tie_contributions (
        event_id uuid NOT NULL,
        source_id text NOT NULL,
        source text NOT NULL,
        person_id uuid NOT NULL,
        counterpart_id uuid NOT NULL,
        initiator_id uuid NOT NULL,
        occurred_at timestamptz NOT NULL,
        weight double precision NOT NULL,
        epoch_weight double precision NOT NULL,
        channel text NULL,
        depth double precision NULL,
        receiver_id uuid NULL,
        handwritten boolean NULL,
        PRIMARY KEY (event_id, person_id, counterpart_id)
      );
      CREATE INDEX rm_tie_contributions_person ON rm_tie_contributions (person_id, occurred_at);
      CREATE INDEX rm_tie_contributions_source ON rm_tie_contributions (source_id);

      -- Exactly-once effect: an event id is recorded in the same transaction as its change.
      CREATE TABLE rm_processed_events (
        event_id uuid PRIMARY KEY,
        global_position bigint NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    // Imports find people by the email an HR export or a calendar names.
    id: '002_people_email_lookup',
    sql: `CREATE INDEX rm_people_email ON rm_people (lower(email));`,
  },
  {
    // A corrected or retracted interaction's contributions are found by the event its
    // rm_interactions row names (the primary key's first column), not by source_id:
    // this index only cost every insert.
    id: '003_contributions_replaced_by_event',
    sql: `DROP INDEX IF EXISTS rm_tie_contributions_source;`,
  },
  structureMigration,
  signalsMigration,
  projectionControlMigration,
  cohortsMigration,
  pairSumsMigration,
  personSnapshotsMigration,
  organisationCategoriesMigration,
  keptDashboardsMigration,
  projectionMarksMigration,
  {
    // The last projected position (a structure run's freshness, the status) is then one index lookup, not a pass over every event.
    id: '009_processed_events_position',
    sql: `CREATE INDEX rm_processed_events_position ON rm_processed_events (global_position);`,
  },
  {
    // Names and e-mails stay sealed with their owner's key (docs/privacy.md, "Personal
    // data at rest"): people are found by keyed digests, an address by its digest and a
    // name by the digests of its words' prefixes, never by plaintext.
    id: '010_people_found_by_digests',
    sql: `
      DROP INDEX IF EXISTS rm_people_email;
      ALTER TABLE rm_people ADD COLUMN email_index bytea NULL;
      CREATE INDEX rm_people_email_index ON rm_people (email_index);
      CREATE TABLE rm_people_name_tokens (
        token bytea NOT NULL,
        person_id uuid NOT NULL,
        PRIMARY KEY (token, person_id)
      );
      CREATE INDEX rm_people_name_tokens_person ON rm_people_name_tokens (person_id);
    `,
  },
  subtreeVersionsMigration,
  peopleChangesMigration,
  pairsStoredOnceMigration,
  introductionRequestsMigration,
  feedbackDismissalsMigration,
  pairTotalsBothWaysMigration,
] as const;

/** Every table the projection writes. */
export const projectedTables = [
  'rm_people',
  'rm_people_name_tokens',
  'rm_pair_contributions',
  'rm_processed_events',
  ...pairSumsTables,
  ...signalsTables,
  ...introductionRequestsTables,
  ...feedbackDismissalsTables,
  ...cohortsTables,
  ...organisationCategoriesTables,
] as const;

/**
 * Secondary indexes that no projection statement reads while a rebuild fills its tables
 * (only queries do, and the subtraction of corrected contributions from pair sums, which
 * a fill adds up at its end): a rebuild from scratch fills its tables without them and
 * builds each once at the end.
 */
export const indexesBuiltAfterFill = [
  'rm_interactions_participants',
  'rm_pair_contributions_counterpart',
  'rm_pair_contributions_person',
  'rm_processed_events_position',
] as const;

/** Every read-model table: the projected ones and the caches of figures computed from them (emptied together). */
export const readModelTables = [...projectedTables, ...snapshotTables] as const;
