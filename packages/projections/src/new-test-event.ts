import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@rapport/event-store';

/** An event to append in a test: version 1 of `type`, fresh ids, recorded by 'test'. */
export const newTestEvent = (type: string, occurredAt: string, data: unknown): NewEvent => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 1,
  occurredAt,
  actorId: 'test',
  correlationId: randomUUID(),
  causationId: null,
  data,
});
