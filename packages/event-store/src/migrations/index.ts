import type { Migration } from '../types';
import { createEvents } from './0001-events';
import { createOutbox } from './0002-outbox';
import { createIdempotencyKeys } from './0003-idempotency-keys';
import { outboxPerAppend } from './0004-outbox-per-append';

/** The event store's schema, in order (namespace `event-store`). Append new ones; never edit applied ones. */
export const eventStoreMigrations: readonly Migration[] = [
  { id: '0001-events', sql: createEvents },
  { id: '0002-outbox', sql: createOutbox },
  { id: '0003-idempotency-keys', sql: createIdempotencyKeys },
  { id: '0004-outbox-per-append', sql: outboxPerAppend },
];
