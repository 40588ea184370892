import { describe, expect, it } from 'vitest';
import { decideLogInteraction, type LogInteraction } from './log-interaction';
import { refusalOf } from '../shared/refusal.testing';

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

describe('logging an interaction', () => {
  it('given ben records that ana reached out, then the record names ben its author and ana its initiator', () => {
    const data = decideLogInteraction(command({ authorId: ben }), { knownPeople: new Set([ana, ben]), now });
    expect(data).toMatchObject({ authorId: ben, initiatorId: ana });
  });

  it('refuses an author who took no part', () => {
    const refused = refusalOf(() =>
      decideLogInteraction(command({ authorId: stranger }), { knownPeople: new Set([ana, ben, stranger]), now }),
    );
    expect(refused).toEqual({ code: 'validation', fields: ['authorId'] });
  });

  it('given two registered people, when one logs a coffee with the other, then InteractionLogged records it', () => {
    const data = decideLogInteraction(command({ durationMinutes: 25 }), { knownPeople: new Set([ana, ben]), now });
    expect(data).toMatchObject({ initiatorId: ana, participantIds: [ana, ben], durationMinutes: 25, kind: 'coffee' });
  });

  it('given any people, when the initiator is not a participant, then the initiator field is refused', () => {
    const refused = refusalOf(() =>
      decideLogInteraction(command({ initiatorId: stranger }), { knownPeople: new Set([ana, ben, stranger]), now }),
    );
    expect(refused).toEqual({ code: 'validation', fields: ['initiatorId'] });
  });

  it('when a participant appears twice, then participantIds is refused', () => {
    const refused = refusalOf(() =>
      decideLogInteraction(command({ participantIds: [ana, ben, ben] }), { knownPeople: new Set([ana, ben]), now }),
    );
    expect(refused.fields).toContain('participantIds');
  });

  it('when only one distinct person took part, then participantIds is refused', () => {
    const refused = refusalOf(() => decideLogInteraction(command({ participantIds: [ana, ana] }), { knownPeople: new Set([ana]), now }));
    expect(refused.fields).toContain('participantIds');
  });

  it('given an unregistered participant, then the command is refused as unknown_person naming the index', () => {
    const refused = refusalOf(() =>
      decideLogInteraction(command({ participantIds: [ana, stranger] }), { knownPeople: new Set([ana, ben]), now }),
    );
    expect(refused).toEqual({ code: 'unknown_person', fields: ['participantIds.1'] });
  });

  it('when occurredAt is in the future, then occurredAt is refused; a minute of clock drift is tolerated', () => {
    const known = { knownPeople: new Set([ana, ben]), now };
    expect(refusalOf(() => decideLogInteraction(command({ occurredAt: '2026-03-02T12:05:00Z' }), known)).fields).toEqual(['occurredAt']);
    expect(() => decideLogInteraction(command({ occurredAt: '2026-03-02T12:00:30Z' }), known)).not.toThrow();
  });

  it('reports every broken rule at once', () => {
    const refused = refusalOf(() =>
      decideLogInteraction(command({ initiatorId: ben, participantIds: [ana, stranger], occurredAt: '2030-01-01T00:00:00Z' }), {
        knownPeople: new Set([ana]),
        now,
      }),
    );
    expect(refused.code).toBe('validation');
    expect(refused.fields.sort()).toEqual(['initiatorId', 'occurredAt', 'participantIds.1'].sort());
  });
});
