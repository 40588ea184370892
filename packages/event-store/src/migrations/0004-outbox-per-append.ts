/**
 * One outbox row per append instead of one per event: an import of 1,000 interactions
 * queues one row (its positions as an array) and the relay deletes one row after
 * publishing it. The per-event rows cost an index entry, a foreign-key check and a
 * dead row each, and the relay's scan for the oldest rows walked every dead entry
 * left at the head of the index until a vacuum removed them.
 *
 * `first_position` orders appends the way the relay needs: an append to a stream that
 * another transaction appended to waits for that one to commit before taking positions,
 * so its first position is higher than every position of the earlier append.
 *
 * `outbox` stays as a view with one row per waiting event, for whoever counts them.
 */
export const outboxPerAppend = `
CREATE TABLE outbox_appends (
  first_position bigint PRIMARY KEY,
  event_count integer NOT NULL CHECK (event_count > 0),
  positions bigint[] NOT NULL
);

INSERT INTO outbox_appends (first_position, event_count, positions)
  SELECT global_position, 1, ARRAY[global_position] FROM outbox;

DROP TABLE outbox;

CREATE VIEW outbox AS SELECT unnest(positions) AS global_position FROM outbox_appends;
`;
