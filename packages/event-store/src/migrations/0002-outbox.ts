/**
 * Events committed but not yet handed to the transport. A row is written in the
 * same transaction as its event and deleted once the relay has published it, so
 * an event that commits after a later position was relayed is still found here.
 */
export const createOutbox = `
CREATE TABLE outbox (
  global_position bigint PRIMARY KEY REFERENCES events (global_position)
);
`;
