import type { EventDataOf, EventType, EventVersion } from '@rapport/contracts';

/**
 * What a decider records (Emmett's `{ type, data }`): the event's type, the schema
 * version its data is written in — chosen here, where the data is shaped, and stored
 * as it is — and the data. `occurredAt` is set when a rule dates the event (an
 * interaction when it happened, a correction at the earliest time it was said to);
 * an event without one is dated when it is recorded.
 */
export interface DecidedEvent<T extends EventType, V extends EventVersion<T>> {
  readonly type: T;
  readonly schemaVersion: V;
  readonly data: EventDataOf<T, V>;
  readonly occurredAt?: string;
}

/** Any decided event, as whoever stores it sees one. */
export interface AnyDecidedEvent {
  readonly type: EventType;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly occurredAt?: string;
}

/** A decided event of `type`, written in `schemaVersion`, dated at `occurredAt` when given. */
export function decided<T extends EventType, V extends EventVersion<T>>(
  type: T,
  schemaVersion: V,
  data: EventDataOf<T, V>,
  occurredAt?: string,
): DecidedEvent<T, V> {
  return occurredAt === undefined ? { type, schemaVersion, data } : { type, schemaVersion, data, occurredAt };
}
