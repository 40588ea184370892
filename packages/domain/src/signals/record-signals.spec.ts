import { describe, expect, it } from 'vitest';
import type {
  HelpGivenV1,
  InteractionLoggedV1,
  IntroductionMadeV1,
  NetworkingTargetAddedV1,
  RapportEvent,
  ThankYouNoteSentV1,
} from '@rapport/contracts';
import { decideGiveHelp, decideMakeIntroduction, decideSendThankYouNote } from './record-signals';
import { decideAddTarget, decideRemoveTarget, targetListOf, type TargetContext } from './networking-targets';
import type { Actor } from '../shared/actor';
import { deciderSpecification } from '../shared/decider-specification.testing';

const ana = '00000000-0000-4000-8000-00000000000a';
const ben = '00000000-0000-4000-8000-00000000000b';
const cat = '00000000-0000-4000-8000-00000000000c';
const stranger = '00000000-0000-4000-8000-0000000000ee';
const now = Date.parse('2026-03-10T12:00:00Z');
const at = '2026-03-09T10:00:00Z';
const context = (actor: Actor) => ({ actor, knownPeople: new Set([ana, ben, cat]), now });
const actingAs = (personId: string | null, isAdmin = false): Actor => ({ isAdmin, personId });

/** Given who records it (ana, ben and cat are registered), when a signal is recorded. */
const givingHelp = deciderSpecification((actor: Actor, help: HelpGivenV1) => decideGiveHelp(help, context(actor)));
const introducing = deciderSpecification((actor: Actor, introduction: IntroductionMadeV1) =>
  decideMakeIntroduction(introduction, context(actor)),
);
/** Given who sends it and the interaction it refers to, as it stands. */
const thanking = deciderSpecification((past: { actor: Actor; interaction: InteractionLoggedV1 | null }, note: ThankYouNoteSentV1) =>
  decideSendThankYouNote(note, { ...context(past.actor), interaction: past.interaction }),
);

describe('help, introductions and thank-you notes', () => {
  it('when ana records help she gave ben, then HelpGiven records it', () => {
    const help = { giverId: ana, receiverId: ben, kind: 'advice', occurredAt: at } as const;
    givingHelp.given(actingAs(ana)).when(help).then({ type: 'HelpGiven', schemaVersion: 1, data: help, occurredAt: at });
  });

  it('refuses ben recording help ana gave (participants record only their own signals); an admin may', () => {
    const help = { giverId: ana, receiverId: ben, kind: 'advice', occurredAt: at } as const;
    givingHelp.given(actingAs(ben)).when(help).thenRefuses('forbidden', ['giverId']);
    givingHelp.given(actingAs(null, true)).when(help).then({ type: 'HelpGiven', schemaVersion: 1, data: help, occurredAt: at });
  });

  it('refuses help to oneself, to an unknown person and in the future, naming every field', () => {
    givingHelp
      .given(actingAs(ana))
      .when({ giverId: ana, receiverId: ana, kind: 'other', occurredAt: '2027-01-01T00:00:00Z' })
      .thenRefuses('validation', ['receiverId', 'occurredAt']);
    givingHelp
      .given(actingAs(ana))
      .when({ giverId: ana, receiverId: stranger, kind: 'other', occurredAt: at })
      .thenRefuses('unknown_person', ['receiverId']);
  });

  it('refuses an introduction of a person to themselves or by one of the two', () => {
    introducing
      .given(actingAs(ana))
      .when({ introducerId: ana, personAId: ben, personBId: ben, occurredAt: at })
      .thenRefuses('validation', ['personBId']);
    introducing
      .given(actingAs(ana))
      .when({ introducerId: ana, personAId: ana, personBId: ben, occurredAt: at })
      .thenRefuses('validation', ['personAId']);
    const introduction = { introducerId: ana, personAId: ben, personBId: cat, occurredAt: at };
    introducing
      .given(actingAs(ana))
      .when(introduction)
      .then({ type: 'IntroductionMade', schemaVersion: 1, data: introduction, occurredAt: at });
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
    thanking
      .given({ actor: actingAs(ana), interaction })
      .when(note)
      .then({ type: 'ThankYouNoteSent', schemaVersion: 1, data: note, occurredAt: at });
    thanking
      .given({ actor: actingAs(ana), interaction })
      .when({ ...note, toId: cat })
      .thenRefuses('validation', ['interactionId']);
    thanking
      .given({ actor: actingAs(ana), interaction: null })
      .when(note)
      .thenRefuses('validation', ['interactionId']);
  });
});

describe('networking targets', () => {
  const added = (targetId: string) => ({ type: 'NetworkingTargetAdded', data: { personId: ana, targetId } }) as unknown as RapportEvent;
  const removed = (targetId: string) => ({ type: 'NetworkingTargetRemoved', data: { personId: ana, targetId } }) as unknown as RapportEvent;

  /** Given ana's person stream (her target list) and whether the people are registered. */
  const targeting = deciderSpecification((ctx: TargetContext, command: NetworkingTargetAddedV1) => decideAddTarget(command, ctx));
  const untargeting = deciderSpecification((ctx: TargetContext, command: NetworkingTargetAddedV1) => decideRemoveTarget(command, ctx));

  it('given ben added then removed and cat added, the list holds cat only', () => {
    expect([...targetListOf([added(ben), added(cat), removed(ben)])]).toEqual([cat]);
  });

  it('refuses targeting oneself, an unknown person, or someone already listed; removing someone not listed is not_found', () => {
    const ctx = { personKnown: true, targetKnown: true, targets: targetListOf([added(ben)]) };
    targeting.given(ctx).when({ personId: ana, targetId: ana }).thenRefuses('validation', ['targetId']);
    targeting
      .given({ ...ctx, targetKnown: false })
      .when({ personId: ana, targetId: cat })
      .thenRefuses('unknown_person');
    targeting.given(ctx).when({ personId: ana, targetId: ben }).thenRefuses('invalid_state');
    targeting
      .given(ctx)
      .when({ personId: ana, targetId: cat })
      .then({ type: 'NetworkingTargetAdded', schemaVersion: 1, data: { personId: ana, targetId: cat } });
    untargeting.given(ctx).when({ personId: ana, targetId: cat }).thenRefuses('not_found');
  });

  it('given ben on the list, when ana removes him, then NetworkingTargetRemoved records it', () => {
    untargeting
      .given({ personKnown: true, targetKnown: true, targets: targetListOf([added(ben)]) })
      .when({ personId: ana, targetId: ben })
      .then({ type: 'NetworkingTargetRemoved', schemaVersion: 1, data: { personId: ana, targetId: ben } });
  });
});
