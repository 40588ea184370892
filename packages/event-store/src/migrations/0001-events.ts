/**
 * The event log and the per-stream version used for optimistic concurrency.
 * Positions come from an identity column: they are unique and increasing in
 * allocation order, not in commit order (see the outbox for why that matters).
 */
export const createEvents = `
CREATE TABLE events (
  global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id uuid NOT NULL,
  stream_id text NOT NULL,
  stream_version integer NOT NULL CHECK (stream_version > 0),
  type text NOT NULL,
  schema_version integer NOT NULL CHECK (schema_version > 0),
  occurred_at timestamptz NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  actor_id text NOT NULL,
  correlation_id text NOT NULL,
  causation_id text,
  data jsonb NOT NULL,
  CONSTRAINT events_event_id_key UNIQUE (event_id),
  -- also the index for reading one stream in order
  CONSTRAINT events_stream_version_key UNIQUE (stream_id, stream_version)
);

CREATE INDEX events_type_position_idx ON events (type, global_position);

CREATE TABLE streams (
  stream_id text PRIMARY KEY,
  version integer NOT NULL CHECK (version >= 0)
);
`;
