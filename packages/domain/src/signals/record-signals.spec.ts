import { describe, expect, it } from 'vitest';
import type { InteractionLoggedV1, RapportEvent } from '@rapport/contracts';
import { decideGiveHelp, decideMakeIntroduction, decideSendThankYouNote } from './record-signals';
import { decideAddTarget, decideRemoveTarget, targetListOf } from './networking-targets';
import { refusalOf } from '../shared/refusal.testing';

const ana = '00000000-0000-4000-8000-00000000000a';
const ben = '00000000-0000-4000-8000-00000000000b';
const cat = '00000000-0000-4000-8000-00000000000c';
const stranger = '00000000-0000-4000-8000-0000000000ee';
const now = Date.parse('2026-03-10T12:00:00Z');
const at = '2026-03-09T10:00:00Z';
const context = (personId: string | null, isAdmin = false) => ({
  actor: { isAdmin, personId },
  knownPeople: new Set([ana, ben, cat]),
  now,
});

describe('help, introductions and thank-you notes', () => {
  it('when ana records help she gave ben, then HelpGiven records it', () => {
    expect(decideGiveHelp({ giverId: ana, receiverId: ben, kind: 'advice', occurredAt: at }, context(ana))).toEqual({
      giverId: ana,
      receiverId: ben,
      kind: 'advice',
      occurredAt: at,
    });
  });

  it('refuses ben recording help ana gave (participants record only their own signals); an admin may', () => {
    const help = { giverId: ana, receiverId: ben, kind: 'advice', occurredAt: at } as const;
    expect(refusalOf(() => decideGiveHelp(help, context(ben)))).toEqual({ code: 'forbidden', fields: ['giverId'] });
    expect(() => decideGiveHelp(help, context(null, true))).not.toThrow();
  });

  it('refuses help to oneself, to an unknown person and in the future, naming every field', () => {
    const r = refusalOf(() =>
      decideGiveHelp({ giverId: ana, receiverId: ana, kind: 'other', occurredAt: '2027-01-01T00:00:00Z' }, context(ana)),
    );
    expect(r).toEqual({ code: 'validation', fields: ['receiverId', 'occurredAt'] });
    expect(refusalOf(() => decideGiveHelp({ giverId: ana, receiverId: stranger, kind: 'other', occurredAt: at }, context(ana)))).toEqual({
      code: 'unknown_person',
      fields: ['receiverId'],
    });
  });

  it('refuses an introduction of a person to themselves or by one of the two', () => {
    expect(
      refusalOf(() => decideMakeIntroduction({ introducerId: ana, personAId: ben, personBId: ben, occurredAt: at }, context(ana))).fields,
    ).toEqual(['personBId']);
    expect(
      refusalOf(() => decideMakeIntroduction({ introducerId: ana, personAId: ana, personBId: ben, occurredAt: at }, context(ana))).fields,
    ).toEqual(['personAId']);
    expect(decideMakeIntroduction({ introducerId: ana, personAId: ben, personBId: cat, occurredAt: at }, context(ana)).personBId).toBe(cat);
  });

  it('accepts a note about an interaction both took part in and refuses one about an interaction they did not', () => {
    const interaction: InteractionLoggedV1 = {
      interactionId: stranger,
      initiatorId: ana,
      participantIds: [ana, ben],
      occurredAt: at,
      channel: 'video',
      kind: 'coffee',
    };
    const note = { fromId: ana, toId: ben, handwritten: true, interactionId: stranger, occurredAt: at };
    expect(decideSendThankYouNote(note, { ...context(ana), interaction }).handwritten).toBe(true);
    expect(refusalOf(() => decideSendThankYouNote({ ...note, toId: cat }, { ...context(ana), interaction })).fields).toEqual([
      'interactionId',
    ]);
    expect(refusalOf(() => decideSendThankYouNote(note, { ...context(ana), interaction: null })).fields).toEqual(['interactionId']);
  });
});

describe('networking targets', () => {
  const added = (targetId: string) => ({ type: 'NetworkingTargetAdded', data: { personId: ana, targetId } }) as unknown as RapportEvent;
  const removed = (targetId: string) => ({ type: 'NetworkingTargetRemoved', data: { personId: ana, targetId } }) as unknown as RapportEvent;

  it('given ben added then removed and cat added, the list holds cat only', () => {
    expect([...targetListOf([added(ben), added(cat), removed(ben)])]).toEqual([cat]);
  });

  it('refuses targeting oneself, an unknown person, or someone already listed; removing someone not listed is not_found', () => {
    const ctx = { personKnown: true, targetKnown: true, targets: new Set([ben]) };
    expect(refusalOf(() => decideAddTarget({ personId: ana, targetId: ana }, ctx)).fields).toEqual(['targetId']);
    expect(refusalOf(() => decideAddTarget({ personId: ana, targetId: cat }, { ...ctx, targetKnown: false })).code).toBe('unknown_person');
    expect(refusalOf(() => decideAddTarget({ personId: ana, targetId: ben }, ctx)).code).toBe('invalid_state');
    expect(decideAddTarget({ personId: ana, targetId: cat }, ctx)).toEqual({ personId: ana, targetId: cat });
    expect(refusalOf(() => decideRemoveTarget({ personId: ana, targetId: cat }, ctx)).code).toBe('not_found');
  });
});
