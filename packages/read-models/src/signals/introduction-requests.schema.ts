/**
 * Introduction requests (habit 2): one row per request, keyed by its id. The request
 * event gives the note and when it was asked; the answer, the status — whichever of
 * the two arrives first writes the row, and the status with the highest stream version
 * wins, so any delivery order gives the same row.
 */
export const introductionRequestsMigration = {
  id: '014_introduction_requests',
  sql: `
    CREATE TABLE rm_introduction_requests (
      request_id uuid PRIMARY KEY,
      requester_id uuid NOT NULL,
      introducer_id uuid NOT NULL,
      target_id uuid NOT NULL,
      -- The requester's note, kept sealed with their key (docs/privacy.md); null without
      -- one, and blanked once any of the three people is erased.
      note text NULL,
      -- Null until the request itself has been projected (its answer may come first).
      requested_at timestamptz NULL,
      status text NOT NULL,
      status_version int NOT NULL,
      answered_at timestamptz NULL
    );
    CREATE INDEX rm_introduction_requests_introducer ON rm_introduction_requests (introducer_id, status);
    CREATE INDEX rm_introduction_requests_requester ON rm_introduction_requests (requester_id);
  `,
} as const;

export const introductionRequestsTables = ['rm_introduction_requests'] as const;
