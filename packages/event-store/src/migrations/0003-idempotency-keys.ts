/**
 * One row per (actor, Idempotency-Key): the request's hash and the response it got.
 * status and body are written in the same transaction as the key, so a committed
 * row always carries its response.
 */
export const createIdempotencyKeys = `
CREATE TABLE idempotency_keys (
  scope text NOT NULL,
  key text NOT NULL,
  request_hash text NOT NULL,
  status integer,
  body jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, key)
);

CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at);
`;
