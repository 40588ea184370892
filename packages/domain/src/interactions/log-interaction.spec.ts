import { describe, expect, it } from 'vitest';
import { decideLogInteraction, type LogInteraction } from './log-interaction';
import { deciderSpecification } from '../shared/decider-specification.testing';

const ana = '00000000-0000-4000-8000-00000000000a';
const ben = '00000000-0000-4000-8000-00000000000b';
const stranger = '00000000-0000-4000-8000-0000000000ee';
const now = Date.parse('2026-03-02T12:00:00Z');

const command = (overrides: Partial<LogInteraction> = {}): LogInteraction => ({
  interactionId: '00000000-0000-4000-8000-0000000000f1',
  authorId: ana,
  initiatorId: ana,
  participantIds: [ana, ben],
  occurredAt: '2026-03-02T09:00:00Z',
  channel: 'in_person',
  kind: 'coffee',
  ...overrides,
});

/** Given the people registered (at `now`), when an interaction is logged. */
const logging = deciderSpecification((registered: readonly string[], interaction: LogInteraction) =>
  decideLogInteraction(interaction, { knownPeople: new Set(registered), now }),
);

/** InteractionLogged v3 (with its author), dated when it happened, its data matching `data`. */
const logged = (data: Partial<LogInteraction>, occurredAt = '2026-03-02T09:00:00Z') => ({
  type: 'InteractionLogged',
  schemaVersion: 3,
  data: expect.objectContaining(data),
  occurredAt,
});

describe('logging an interaction', () => {
  it('given ben records that ana reached out, then the record names ben its author and ana its initiator', () => {
    logging
      .given([ana, ben])
      .when(command({ authorId: ben }))
      .then(logged({ authorId: ben, initiatorId: ana }));
  });

  it('refuses an author who took no part', () => {
    logging
      .given([ana, ben, stranger])
      .when(command({ authorId: stranger }))
      .thenRefuses('validation', ['authorId']);
  });

  it('given two registered people, when one logs a coffee with the other, then InteractionLogged records it', () => {
    logging
      .given([ana, ben])
      .when(command({ durationMinutes: 25 }))
      .then(logged({ initiatorId: ana, participantIds: [ana, ben], durationMinutes: 25, kind: 'coffee' }));
  });

  it('given any people, when the initiator is not a participant, then the initiator field is refused', () => {
    logging
      .given([ana, ben, stranger])
      .when(command({ initiatorId: stranger }))
      .thenRefuses('validation', ['initiatorId']);
  });

  it('when a participant appears twice, then participantIds is refused', () => {
    logging
      .given([ana, ben])
      .when(command({ participantIds: [ana, ben, ben] }))
      .thenRefuses('validation', ['participantIds']);
  });

  it('when only one distinct person took part, then participantIds is refused', () => {
    logging
      .given([ana])
      .when(command({ participantIds: [ana, ana] }))
      .thenRefuses('validation', ['participantIds', 'participantIds']);
  });

  it('given an unregistered participant, then the command is refused as unknown_person naming the index', () => {
    logging
      .given([ana, ben])
      .when(command({ participantIds: [ana, stranger] }))
      .thenRefuses('unknown_person', ['participantIds.1']);
  });

  it('when occurredAt is in the future, then occurredAt is refused; a minute of clock drift is tolerated', () => {
    logging
      .given([ana, ben])
      .when(command({ occurredAt: '2026-03-02T12:05:00Z' }))
      .thenRefuses('validation', ['occurredAt']);
    logging
      .given([ana, ben])
      .when(command({ occurredAt: '2026-03-02T12:00:30Z' }))
      .then(logged({ occurredAt: '2026-03-02T12:00:30Z' }, '2026-03-02T12:00:30Z'));
  });

  it('reports every broken rule at once', () => {
    logging
      .given([ana])
      .when(command({ initiatorId: ben, participantIds: [ana, stranger], occurredAt: '2030-01-01T00:00:00Z' }))
      .thenRefuses('validation', ['initiatorId', 'participantIds.1', 'occurredAt']);
  });
});
