import { describe, expect, it } from 'vitest';
import { interactionFromDraft, type InteractionDraft } from './interaction-draft';

const ana = '00000000-0000-4000-8000-00000000000a';
const ben = '00000000-0000-4000-8000-00000000000b';
const cleo = '00000000-0000-4000-8000-00000000000c';
const people = new Map([
  ['ana@example.com', ana],
  ['ben@example.com', ben],
]);
const draft = (participants: InteractionDraft['participants'], fields: Partial<InteractionDraft['fields']> = {}): InteractionDraft => ({
  initiator: { email: 'ana@example.com' },
  participants,
  fields: { occurredAt: '2026-06-01T09:00:00.000Z', channel: 'video', kind: 'group', ...fields },
});

describe('an interaction from an import row', () => {
  it('derives the same id from the same interaction, whatever the order of its participants', () => {
    const a = interactionFromDraft(draft([{ email: 'ben@example.com' }, { id: cleo }]), people);
    const b = interactionFromDraft(draft([{ id: cleo }, { email: 'ben@example.com' }, { email: 'ana@example.com' }]), people);
    expect('request' in a && 'request' in b && a.request.interactionId === b.request.interactionId).toBe(true);
  });

  it('derives another id when any field differs', () => {
    const a = interactionFromDraft(draft([{ email: 'ben@example.com' }]), people);
    const b = interactionFromDraft(draft([{ email: 'ben@example.com' }], { durationMinutes: 30 }), people);
    expect('request' in a && 'request' in b && a.request.interactionId !== b.request.interactionId).toBe(true);
  });

  it('puts the initiator among the participants', () => {
    const result = interactionFromDraft(draft([{ email: 'ben@example.com' }]), people);
    expect(result).toMatchObject({ request: { initiatorId: ana, participantIds: [ana, ben] } });
  });

  it('names every unknown email and every invalid field', () => {
    expect(interactionFromDraft(draft([{ email: 'ghost@example.com' }]), people)).toEqual({
      reasons: ['unknown person ghost@example.com'],
    });
    const invalid = interactionFromDraft(
      draft([{ email: 'ben@example.com' }], { channel: 'pigeon' as never, durationMinutes: -5 }),
      people,
    );
    expect('reasons' in invalid && invalid.reasons.map((r) => r.split(':')[0]).sort()).toEqual(['channel', 'durationMinutes']);
  });
});
