import { toLatest, type RapportEvent } from '@rapport/contracts';

/** One event for a hand-written test history; `n` numbers its ids and is its global position. */
export function testEvent(
  n: number,
  type: RapportEvent['type'],
  streamId: string,
  occurredAt: string,
  data: unknown,
  streamVersion = 1,
): RapportEvent {
  const id = String(n).padStart(12, '0');
  return toLatest({
    eventId: `00000000-0000-4000-9000-${id}`,
    type,
    schemaVersion: 1,
    streamId: streamId || `interaction-00000000-0000-4000-a000-${id}`,
    streamVersion,
    occurredAt,
    recordedAt: occurredAt,
    actorId: 'test',
    correlationId: 'test',
    causationId: null,
    globalPosition: String(n),
    data,
  } as never);
}

/** A PersonRegistered event of a test person. */
export function registration(
  n: number,
  personId: string,
  registeredAt: string,
  profile: { displayName: string; department: string },
): RapportEvent {
  return testEvent(n, 'PersonRegistered', `person-${personId}`, registeredAt, {
    personId,
    email: `${profile.displayName.toLowerCase().replaceAll(' ', '.')}@example.com`,
    function: 'F',
    location: 'Lisbon',
    seniority: 3,
    expertise: ['x'],
    ...profile,
  });
}

/** An InteractionLogged event: a call between two people. */
export function call(n: number, initiatorId: string, otherId: string, occurredAt: string): RapportEvent {
  const interactionId = `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`;
  return testEvent(n, 'InteractionLogged', '', occurredAt, {
    interactionId,
    initiatorId,
    participantIds: [initiatorId, otherId],
    occurredAt,
    channel: 'call',
    kind: 'one_on_one',
  });
}
