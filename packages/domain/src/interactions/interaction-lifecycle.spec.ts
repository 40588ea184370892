import { describe, expect, it } from 'vitest';
import type { InteractionLoggedV3, RapportEvent } from '@rapport/contracts';
import type { Actor } from '../shared/actor';
import { deciderSpecification } from '../shared/decider-specification.testing';
import { interactionStateOf } from './interaction-state';
import { decideCorrectInteraction, decideRetractInteraction } from './correct-interaction';
import { decideConfirmInteraction, decideCounterpartFeedback, decideDisputeInteraction } from './counterpart-verdicts';
import type { LogInteraction } from './log-interaction';

const ana = '00000000-0000-4000-8000-00000000000a';
const ben = '00000000-0000-4000-8000-00000000000b';
const cat = '00000000-0000-4000-8000-00000000000c';
const id = '00000000-0000-4000-8000-0000000000f1';
const now = Date.parse('2026-03-10T12:00:00Z');
const anaActs = { isAdmin: false, personId: ana };
const benActs = { isAdmin: false, personId: ben };
const admin = { isAdmin: true, personId: null };

/** As written by a handler: a note, if any, still plain. */
const logged: InteractionLoggedV3 & { note?: string } = {
  interactionId: id,
  authorId: ana,
  initiatorId: ana,
  participantIds: [ana, ben],
  occurredAt: '2026-03-02T09:00:00Z',
  channel: 'in_person',
  kind: 'coffee',
};

/** One of the interaction's past events, numbered in the order given. */
const event = (type: RapportEvent['type'], data: unknown, streamVersion = 1): RapportEvent =>
  ({ type, data, streamVersion, eventId: `e${streamVersion}`, occurredAt: logged.occurredAt }) as unknown as RapportEvent;
const history = (...events: RapportEvent[]) => events.map((e, i) => ({ ...e, streamVersion: i + 1 }) as RapportEvent);
const loggedEvent = event('InteractionLogged', logged);

const known = new Set([ana, ben, cat]);

/** A command on the interaction and who sends it. */
type By<C> = C & { readonly by: Actor };

/** Given the interaction's stream, when someone acts on it. */
const correcting = deciderSpecification((past: readonly RapportEvent[], { by, ...command }: By<Omit<LogInteraction, 'authorId'>>) =>
  decideCorrectInteraction(command, interactionStateOf(past), { actor: by, knownPeople: known, now }),
);
const retracting = deciderSpecification((past: readonly RapportEvent[], { by, reason }: By<{ reason: string }>) =>
  decideRetractInteraction({ interactionId: id, reason }, interactionStateOf(past), by),
);
const confirming = deciderSpecification((past: readonly RapportEvent[], { by }: By<object>) =>
  decideConfirmInteraction(id, interactionStateOf(past), by),
);
const disputing = deciderSpecification((past: readonly RapportEvent[], { by, reason }: By<{ reason?: string }>) =>
  decideDisputeInteraction(id, reason, interactionStateOf(past), by),
);
const rating = deciderSpecification((past: readonly RapportEvent[], { by, feltHeard }: By<{ feltHeard: number }>) =>
  decideCounterpartFeedback(id, feltHeard, interactionStateOf(past), by),
);

const corrected = (data: object, occurredAt: string) => ({
  type: 'InteractionCorrected',
  schemaVersion: 3,
  data: expect.objectContaining(data),
  occurredAt,
});

/** InteractionRetracted v2 (its reason sealed when stored), dated at `occurredAt`. */
const retracted = (reason: string, occurredAt: string) => ({
  type: 'InteractionRetracted',
  schemaVersion: 2,
  data: { interactionId: id, reason },
  occurredAt,
});

describe('correcting an interaction', () => {
  it('given a logged coffee, when its initiator corrects the time, then InteractionCorrected carries the full corrected interaction dated at the earliest time', () => {
    correcting
      .given(history(loggedEvent))
      .when({ ...logged, occurredAt: '2026-03-03T09:00:00Z', durationMinutes: 45, by: anaActs })
      .then(corrected({ interactionId: id, occurredAt: '2026-03-03T09:00:00Z', durationMinutes: 45 }, '2026-03-02T09:00:00.000Z'));
  });

  it('when the correction moves it earlier, then the correction is dated at the new, earlier time', () => {
    correcting
      .given(history(loggedEvent))
      .when({ ...logged, occurredAt: '2026-02-20T09:00:00Z', by: admin })
      .then(corrected({ occurredAt: '2026-02-20T09:00:00Z' }, '2026-02-20T09:00:00.000Z'));
  });

  it('refuses a counterpart correcting it (only whoever recorded it or an admin)', () => {
    correcting
      .given(history(loggedEvent))
      .when({ ...logged, by: benActs })
      .thenRefuses('forbidden');
  });

  it('validates the correction like logging, naming every field', () => {
    correcting
      .given(history(loggedEvent))
      .when({ ...logged, participantIds: [ana, '00000000-0000-4000-8000-0000000000ee'], occurredAt: '2030-01-01T00:00:00Z', by: admin })
      .thenRefuses('validation', ['participantIds.1', 'occurredAt']);
  });

  it('given a retracted interaction, refuses a correction as invalid_state; given nothing logged, as not_found', () => {
    correcting
      .given(history(loggedEvent, event('InteractionRetracted', { interactionId: id, reason: 'typo' })))
      .when({ ...logged, by: admin })
      .thenRefuses('invalid_state');
    correcting
      .given([])
      .when({ ...logged, by: admin })
      .thenRefuses('not_found');
  });
});

describe('who recorded an interaction, not who initiated it', () => {
  // Ben recorded that Ana reached out to him.
  const recordedByBen = history(event('InteractionLogged', { ...logged, authorId: ben }));

  it("given ben recorded ana's coffee, when ben corrects or retracts it, then it is decided, and the correction stays his whoever makes it", () => {
    correcting
      .given(recordedByBen)
      .when({ ...logged, durationMinutes: 20, by: benActs })
      .then(corrected({ authorId: ben }, '2026-03-02T09:00:00.000Z'));
    correcting
      .given(recordedByBen)
      .when({ ...logged, durationMinutes: 20, by: admin })
      .then(corrected({ authorId: ben }, '2026-03-02T09:00:00.000Z'));
    retracting.given(recordedByBen).when({ reason: 'wrong day', by: benActs }).then(retracted('wrong day', '2026-03-02T09:00:00.000Z'));
  });

  it("refuses ana, the initiator, correcting or retracting ben's record, and lets her, not him, confirm it", () => {
    correcting
      .given(recordedByBen)
      .when({ ...logged, by: anaActs })
      .thenRefuses('forbidden');
    retracting.given(recordedByBen).when({ reason: 'x', by: anaActs }).thenRefuses('forbidden');
    confirming
      .given(recordedByBen)
      .when({ by: anaActs })
      .then({ type: 'InteractionConfirmed', schemaVersion: 1, data: { interactionId: id, counterpartId: ana } });
    confirming.given(recordedByBen).when({ by: benActs }).thenRefuses('forbidden');
  });

  it('still asks ben, not ana, how heard ana made him feel: felt-heard rates the initiator, whoever recorded it', () => {
    rating
      .given(recordedByBen)
      .when({ feltHeard: 5, by: benActs })
      .then({ type: 'CounterpartFeedbackGiven', schemaVersion: 1, data: { interactionId: id, fromId: ben, feltHeard: 5 } });
    rating.given(recordedByBen).when({ feltHeard: 5, by: anaActs }).thenRefuses('forbidden');
  });
});

describe('retracting an interaction', () => {
  it('given a corrected interaction, when its initiator retracts it, then InteractionRetracted is dated at the earliest time it was said to happen', () => {
    retracting
      .given(history(loggedEvent, event('InteractionCorrected', { ...logged, occurredAt: '2026-03-01T08:00:00Z' })))
      .when({ reason: ' never happened ', by: anaActs })
      .then(retracted('never happened', '2026-03-01T08:00:00.000Z'));
  });

  it('refuses a counterpart retracting, and a second retraction', () => {
    retracting.given(history(loggedEvent)).when({ reason: 'x', by: benActs }).thenRefuses('forbidden');
    retracting
      .given(history(loggedEvent, event('InteractionRetracted', { interactionId: id, reason: 'x' })))
      .when({ reason: 'x', by: admin })
      .thenRefuses('invalid_state');
  });
});

describe('confirmations, disputes and feedback', () => {
  it('given a coffee of ana with ben, when ben confirms, then InteractionConfirmed names ben', () => {
    confirming
      .given(history(loggedEvent))
      .when({ by: benActs })
      .then({ type: 'InteractionConfirmed', schemaVersion: 1, data: { interactionId: id, counterpartId: ben } });
  });

  it('refuses the initiator, an outsider and an admin who took no part confirming or disputing', () => {
    confirming.given(history(loggedEvent)).when({ by: anaActs }).thenRefuses('forbidden');
    disputing
      .given(history(loggedEvent))
      .when({ by: { isAdmin: false, personId: cat } })
      .thenRefuses('forbidden');
    confirming.given(history(loggedEvent)).when({ by: admin }).thenRefuses('forbidden');
  });

  it('given ben confirmed, refuses confirming again but lets him change his mind and dispute', () => {
    const confirmed = history(loggedEvent, event('InteractionConfirmed', { interactionId: id, counterpartId: ben }));
    confirming.given(confirmed).when({ by: benActs }).thenRefuses('invalid_state');
    disputing
      .given(confirmed)
      .when({ reason: 'it was a call', by: benActs })
      .then({ type: 'InteractionDisputed', schemaVersion: 2, data: { interactionId: id, counterpartId: ben, reason: 'it was a call' } });
  });

  it('given a counterpart rated the interaction once, refuses a second rating', () => {
    rating
      .given(history(loggedEvent))
      .when({ feltHeard: 4, by: benActs })
      .then({ type: 'CounterpartFeedbackGiven', schemaVersion: 1, data: { interactionId: id, fromId: ben, feltHeard: 4 } });
    rating
      .given(history(loggedEvent, event('CounterpartFeedbackGiven', { interactionId: id, fromId: ben, feltHeard: 4 })))
      .when({ feltHeard: 5, by: benActs })
      .thenRefuses('invalid_state');
    rating.given(history(loggedEvent)).when({ feltHeard: 4, by: anaActs }).thenRefuses('forbidden');
  });
});
