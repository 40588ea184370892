import type { AnyDecidedEvent } from '@rapport/domain';
import type { NewEvent } from '@rapport/event-store';
import type { CommandContext } from './command-context';
import { newEventId } from './event-ids';

/**
 * Wraps a decided event for the store, in the type and version the domain chose:
 * UUIDv7 id, the actor and the correlation of the request, dated as decided or at `now`.
 */
export function newEvent(decision: AnyDecidedEvent, now: string, context: CommandContext): NewEvent {
  return {
    eventId: newEventId(),
    type: decision.type,
    schemaVersion: decision.schemaVersion,
    occurredAt: decision.occurredAt ?? now,
    actorId: context.principal.subject,
    correlationId: context.correlationId,
    causationId: null,
    data: decision.data,
  };
}
