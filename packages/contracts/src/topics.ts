/** Kafka topics between the write side and the projections (SPEC §3). */
export const topics = {
  events: 'rapport.events',
  deadLetter: 'rapport.events.dlq',
} as const;

/** Headers every message on `rapport.events` carries beside its JSON envelope value. */
export const eventHeaders = {
  eventId: 'eventId',
  type: 'type',
  schemaVersion: 'schemaVersion',
} as const;
