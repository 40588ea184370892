/**
 * "Did you feel heard?" questions a person dismissed (habit 1): one row per (person,
 * interaction), with the earliest dismissal's time, so a redelivery or any order gives
 * the same row. Ids and a time only — no personal text — so an erased person's rows stay,
 * like their verdicts and target changes (docs/privacy.md).
 */
export const feedbackDismissalsMigration = {
  id: '015_feedback_dismissals',
  sql: `
    CREATE TABLE rm_feedback_dismissals (
      person_id uuid NOT NULL,
      interaction_id uuid NOT NULL,
      dismissed_at timestamptz NOT NULL,
      PRIMARY KEY (person_id, interaction_id)
    );
  `,
} as const;

export const feedbackDismissalsTables = ['rm_feedback_dismissals'] as const;
