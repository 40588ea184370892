import { describe, it } from 'vitest';
import type { InteractionLoggedV3, RapportEvent } from '@rapport/contracts';
import type { Actor } from '../shared/actor';
import { deciderSpecification } from '../shared/decider-specification.testing';
import { interactionStateOf } from '../interactions/interaction-state';
import { decideDismissFeedbackRequest, dismissedFeedbackRequestsOf } from './feedback-dismissals';

const ana = '00000000-0000-4000-8000-00000000000a';
const ben = '00000000-0000-4000-8000-00000000000b';
const cat = '00000000-0000-4000-8000-00000000000c';
const interactionId = '00000000-0000-4000-8000-0000000000f1';
const now = Date.parse('2026-03-10T12:00:00Z');
const at = new Date(now).toISOString();
const actingAs = (personId: string | null, isAdmin = false): Actor => ({ isAdmin, personId });

/** Ana started a coffee with Ben; Cat was not there. */
const logged: InteractionLoggedV3 = {
  interactionId,
  authorId: ana,
  initiatorId: ana,
  participantIds: [ana, ben],
  occurredAt: '2026-03-02T09:00:00Z',
  channel: 'in_person',
  kind: 'coffee',
};
const event = (type: RapportEvent['type'], data: unknown, streamVersion: number): RapportEvent =>
  ({ type, data, streamVersion, occurredAt: at }) as unknown as RapportEvent;
const loggedEvent = event('InteractionLogged', logged, 1);
const dismissedEvent = event('FeedbackRequestDismissed', { personId: ben, interactionId, occurredAt: at }, 2);

interface Past {
  readonly actor: Actor;
  /** The interaction's stream (default: logged). */
  readonly interaction?: readonly RapportEvent[];
  /** The person's stream. */
  readonly person?: readonly RapportEvent[];
  /** Whether the person is registered and not erased (default: yes). */
  readonly personKnown?: boolean;
}

/** Given who dismisses, the interaction's stream and the person's stream, when a person's question is dismissed. */
const dismissing = deciderSpecification((past: Past, personId: string) =>
  decideDismissFeedbackRequest(
    { personId, interactionId },
    {
      actor: past.actor,
      personKnown: past.personKnown ?? true,
      interaction: interactionStateOf(past.interaction ?? [loggedEvent]),
      dismissed: dismissedFeedbackRequestsOf(past.person ?? []),
      now,
    },
  ),
);
const dismissal = {
  type: 'FeedbackRequestDismissed',
  schemaVersion: 1,
  data: { personId: ben, interactionId, occurredAt: at },
  occurredAt: at,
};

describe('dismissing "did you feel heard?" (habit 1)', () => {
  it('when ben dismisses the question about ana’s coffee, then FeedbackRequestDismissed records it, dated now', () => {
    dismissing
      .given({ actor: actingAs(ben) })
      .when(ben)
      .then(dismissal);
  });

  it('refuses anyone but the person dismissing their question; an admin may, for them', () => {
    dismissing
      .given({ actor: actingAs(cat) })
      .when(ben)
      .thenRefuses('forbidden');
    dismissing
      .given({ actor: actingAs(ana) })
      .when(ben)
      .thenRefuses('forbidden');
    dismissing
      .given({ actor: actingAs(null, true) })
      .when(ben)
      .then(dismissal);
  });

  it('refuses a person who is not registered or was erased', () => {
    dismissing
      .given({ actor: actingAs(null, true), personKnown: false })
      .when(ben)
      .thenRefuses('not_found');
  });

  it('refuses an interaction that was never logged, or was retracted', () => {
    dismissing
      .given({ actor: actingAs(ben), interaction: [] })
      .when(ben)
      .thenRefuses('not_found');
    const retracted = event('InteractionRetracted', { interactionId, reason: 'logged twice' }, 2);
    dismissing
      .given({ actor: actingAs(ben), interaction: [loggedEvent, retracted] })
      .when(ben)
      .thenRefuses('invalid_state');
  });

  it('refuses a question never asked of the person: the initiator’s own interaction, or one they were not part of', () => {
    dismissing
      .given({ actor: actingAs(ana) })
      .when(ana)
      .thenRefuses('not_found');
    dismissing
      .given({ actor: actingAs(cat) })
      .when(cat)
      .thenRefuses('not_found');
  });

  it('records nothing when the question no longer waits: dismissed, answered or disputed already', () => {
    dismissing
      .given({ actor: actingAs(ben), person: [dismissedEvent] })
      .when(ben)
      .then();
    const answered = event('CounterpartFeedbackGiven', { interactionId, fromId: ben, feltHeard: 4 }, 2);
    dismissing
      .given({ actor: actingAs(ben), interaction: [loggedEvent, answered] })
      .when(ben)
      .then();
    const disputed = event('InteractionDisputed', { interactionId, counterpartId: ben }, 2);
    dismissing
      .given({ actor: actingAs(ben), interaction: [loggedEvent, disputed] })
      .when(ben)
      .then();
  });

  it('still asks after a confirmation: confirming says it happened, not how heard one felt', () => {
    const confirmed = event('InteractionConfirmed', { interactionId, counterpartId: ben }, 2);
    dismissing
      .given({ actor: actingAs(ben), interaction: [loggedEvent, confirmed] })
      .when(ben)
      .then(dismissal);
  });
});
