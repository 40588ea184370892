/**
 * Interactions in their current (corrected) form, counterpart verdicts and feedback,
 * help, introductions, thank-you notes and target lists: what the habit scorecard
 * (SPEC §6.5) is computed from. Every table is order-independent: rows are keyed by
 * the event or by (entity, stream version), so any arrival order gives the same rows.
 */
export const signalsMigration = {
  id: '101_interactions_and_signals',
  sql: `
    -- One row per interaction: its latest form (highest stream version), or a
    -- tombstone once retracted (data columns null, retracted = true; nothing revives it).
    CREATE TABLE rm_interactions (
      interaction_id uuid PRIMARY KEY,
      version int NOT NULL,
      retracted boolean NOT NULL,
      event_id uuid NULL,
      initiator_id uuid NULL,
      participant_ids uuid[] NULL,
      occurred_at timestamptz NULL,
      channel text NULL,
      location text NULL,
      kind text NULL,
      duration_minutes int NULL,
      questions_asked int NULL,
      stories_told int NULL
    );
    CREATE INDEX rm_interactions_participants ON rm_interactions USING gin (participant_ids);

    -- The latest verdict of each counterpart (highest stream version wins).
    CREATE TABLE rm_interaction_verdicts (
      interaction_id uuid NOT NULL,
      counterpart_id uuid NOT NULL,
      verdict text NOT NULL,
      stream_version int NOT NULL,
      occurred_at timestamptz NOT NULL,
      reason text NULL,
      PRIMARY KEY (interaction_id, counterpart_id)
    );

    CREATE TABLE rm_counterpart_feedback (
      interaction_id uuid NOT NULL,
      from_id uuid NOT NULL,
      felt_heard int NOT NULL,
      occurred_at timestamptz NOT NULL,
      PRIMARY KEY (interaction_id, from_id)
    );

    CREATE TABLE rm_help (
      event_id uuid PRIMARY KEY,
      giver_id uuid NOT NULL,
      receiver_id uuid NOT NULL,
      kind text NOT NULL,
      occurred_at timestamptz NOT NULL
    );
    CREATE INDEX rm_help_giver ON rm_help (giver_id);
    CREATE INDEX rm_help_receiver ON rm_help (receiver_id);

    CREATE TABLE rm_introductions (
      event_id uuid PRIMARY KEY,
      introducer_id uuid NOT NULL,
      person_a_id uuid NOT NULL,
      person_b_id uuid NOT NULL,
      occurred_at timestamptz NOT NULL
    );
    CREATE INDEX rm_introductions_introducer ON rm_introductions (introducer_id);

    CREATE TABLE rm_thank_you_notes (
      event_id uuid PRIMARY KEY,
      from_id uuid NOT NULL,
      to_id uuid NOT NULL,
      handwritten boolean NOT NULL,
      interaction_id uuid NULL,
      occurred_at timestamptz NOT NULL
    );
    CREATE INDEX rm_thank_you_notes_from ON rm_thank_you_notes (from_id);

    -- Every change of a target list, keyed by the person stream's version: the list as
    -- of T is, per target, the latest change at or before T.
    CREATE TABLE rm_target_changes (
      person_id uuid NOT NULL,
      stream_version int NOT NULL,
      target_id uuid NOT NULL,
      added boolean NOT NULL,
      occurred_at timestamptz NOT NULL,
      PRIMARY KEY (person_id, stream_version)
    );
  `,
} as const;

export const signalsTables = [
  'rm_interactions',
  'rm_interaction_verdicts',
  'rm_counterpart_feedback',
  'rm_help',
  'rm_introductions',
  'rm_thank_you_notes',
  'rm_target_changes',
] as const;
