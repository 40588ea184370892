import type { ExpectedVersion } from './types';

/** Every error the store raises on purpose carries a stable `code`; callers map codes, never messages. */
export abstract class EventStoreError extends Error {
  abstract readonly code: string;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A stream's current version differs from the version the caller decided against. */
export class ConcurrencyConflictError extends EventStoreError {
  readonly code = 'concurrency_conflict' as const;

  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super(`stream ${streamId} is at version ${actual}, expected ${String(expected)}`);
  }
}

/** An Idempotency-Key was used again for a different request. */
export class IdempotencyKeyReusedError extends EventStoreError {
  readonly code = 'idempotency_key_reused' as const;

  constructor(
    readonly scope: string,
    readonly key: string,
  ) {
    super(`idempotency key ${key} was already used for a different request`);
  }
}

/** An event id is already stored (event ids are unique across the whole store). */
export class DuplicateEventError extends EventStoreError {
  readonly code = 'duplicate_event' as const;

  constructor(readonly detail: string) {
    super(`an event with the same id is already stored (${detail})`);
  }
}

/** The append itself is malformed (a programming error in the caller, not a conflict). */
export class InvalidAppendError extends EventStoreError {
  readonly code = 'invalid_append' as const;
}
