import type { EventType } from '@rapport/contracts';
import type { NewEvent } from '@rapport/event-store';
import type { CommandContext } from './command-context';
import { newEventId } from './event-ids';

/** Wraps decided data in a new event: UUIDv7 id, the actor and the correlation of the request. */
export function newEvent(type: EventType, schemaVersion: number, occurredAt: string, data: unknown, context: CommandContext): NewEvent {
  return {
    eventId: newEventId(),
    type,
    schemaVersion,
    occurredAt,
    actorId: context.principal.subject,
    correlationId: context.correlationId,
    causationId: null,
    data,
  };
}
