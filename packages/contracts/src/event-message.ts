import { eventEnvelope, type EventEnvelope } from './envelope';
import { eventHeaders } from './topics';

/** The wire form of an event on `rapport.events`: key = stream id, value = the JSON envelope. */
export interface EventMessage {
  readonly key: string;
  readonly value: string;
  readonly headers: Readonly<Record<string, string>>;
}

export function toEventMessage(event: EventEnvelope): EventMessage {
  return {
    key: event.streamId,
    value: JSON.stringify(event),
    headers: {
      [eventHeaders.eventId]: event.eventId,
      [eventHeaders.type]: event.type,
      [eventHeaders.schemaVersion]: String(event.schemaVersion),
    },
  };
}

export class MalformedEventMessageError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'MalformedEventMessageError';
  }
}

/** Parses a message value back into an envelope; throws MalformedEventMessageError when it is not one. */
export function fromEventMessage(value: string): EventEnvelope {
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    throw new MalformedEventMessageError('the message value is not JSON');
  }
  const parsed = eventEnvelope.safeParse(json);
  if (!parsed.success)
    throw new MalformedEventMessageError(`not an event envelope: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  return parsed.data as EventEnvelope;
}
