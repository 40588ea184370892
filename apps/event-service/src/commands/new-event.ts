import { v7 as uuidv7 } from 'uuid';
import type { EventType } from '@rapport/contracts';
import type { NewEvent } from '@rapport/event-store';
import type { CommandContext } from './command-context';

/** Wraps decided data in a new event: UUIDv7 id, the actor and the correlation of the request. */
export function newEvent(type: EventType, schemaVersion: number, occurredAt: string, data: unknown, context: CommandContext): NewEvent {
  return {
    eventId: uuidv7(),
    type,
    schemaVersion,
    occurredAt,
    actorId: context.principal.subject,
    correlationId: context.correlationId,
    causationId: null,
    data,
  };
}
