import { describe, expect, it } from 'vitest';
import type { InteractionLoggedV3, RapportEvent } from '@rapport/contracts';
import { interactionStateOf } from './interaction-state';
import { decideCorrectInteraction, decideRetractInteraction } from './correct-interaction';
import { decideConfirmInteraction, decideCounterpartFeedback, decideDisputeInteraction } from './counterpart-verdicts';
import { refusalOf } from '../shared/refusal.testing';

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

let version = 0;
const event = (type: RapportEvent['type'], data: unknown): RapportEvent =>
  ({ type, data, streamVersion: ++version, eventId: `e${version}`, occurredAt: logged.occurredAt }) as unknown as RapportEvent;
const given = (...events: RapportEvent[]) => {
  version = 0;
  return interactionStateOf(events.map((e) => ({ ...e, streamVersion: ++version }) as RapportEvent));
};

const known = new Set([ana, ben, cat]);

describe('correcting an interaction', () => {
  it('given a logged coffee, when its initiator corrects the time, then InteractionCorrected carries the full corrected interaction dated at the earliest time', () => {
    const state = given(event('InteractionLogged', logged));
    const corrected = decideCorrectInteraction({ ...logged, occurredAt: '2026-03-03T09:00:00Z', durationMinutes: 45 }, state, {
      actor: anaActs,
      knownPeople: known,
      now,
    });
    expect(corrected.data).toMatchObject({ interactionId: id, occurredAt: '2026-03-03T09:00:00Z', durationMinutes: 45 });
    expect(corrected.occurredAt).toBe('2026-03-02T09:00:00.000Z');
  });

  it('when the correction moves it earlier, then the correction is dated at the new, earlier time', () => {
    const state = given(event('InteractionLogged', logged));
    const corrected = decideCorrectInteraction({ ...logged, occurredAt: '2026-02-20T09:00:00Z' }, state, {
      actor: admin,
      knownPeople: known,
      now,
    });
    expect(corrected.occurredAt).toBe('2026-02-20T09:00:00.000Z');
  });

  it('refuses a counterpart correcting it (only whoever recorded it or an admin)', () => {
    const state = given(event('InteractionLogged', logged));
    expect(refusalOf(() => decideCorrectInteraction(logged, state, { actor: benActs, knownPeople: known, now })).code).toBe('forbidden');
  });

  it('validates the correction like logging, naming every field', () => {
    const state = given(event('InteractionLogged', logged));
    const r = refusalOf(() =>
      decideCorrectInteraction(
        { ...logged, participantIds: [ana, '00000000-0000-4000-8000-0000000000ee'], occurredAt: '2030-01-01T00:00:00Z' },
        state,
        {
          actor: admin,
          knownPeople: known,
          now,
        },
      ),
    );
    expect(r.fields.sort()).toEqual(['occurredAt', 'participantIds.1']);
  });

  it('given a retracted interaction, refuses a correction as invalid_state; given nothing logged, as not_found', () => {
    const retracted = given(event('InteractionLogged', logged), event('InteractionRetracted', { interactionId: id, reason: 'typo' }));
    expect(refusalOf(() => decideCorrectInteraction(logged, retracted, { actor: admin, knownPeople: known, now })).code).toBe(
      'invalid_state',
    );
    expect(refusalOf(() => decideCorrectInteraction(logged, given(), { actor: admin, knownPeople: known, now })).code).toBe('not_found');
  });
});

describe('who recorded an interaction, not who initiated it', () => {
  // Ben recorded that Ana reached out to him.
  const recordedByBen = { ...logged, authorId: ben };

  it("given ben recorded ana's coffee, when ben corrects or retracts it, then it is decided, and the correction stays his whoever makes it", () => {
    const state = given(event('InteractionLogged', recordedByBen));
    expect(
      decideCorrectInteraction({ ...logged, durationMinutes: 20 }, state, { actor: benActs, knownPeople: known, now }).data.authorId,
    ).toBe(ben);
    expect(
      decideCorrectInteraction({ ...logged, durationMinutes: 20 }, state, { actor: admin, knownPeople: known, now }).data.authorId,
    ).toBe(ben);
    expect(decideRetractInteraction({ interactionId: id, reason: 'wrong day' }, state, benActs).data.interactionId).toBe(id);
  });

  it("refuses ana, the initiator, correcting or retracting ben's record, and lets her, not him, confirm it", () => {
    const state = given(event('InteractionLogged', recordedByBen));
    expect(refusalOf(() => decideCorrectInteraction(logged, state, { actor: anaActs, knownPeople: known, now })).code).toBe('forbidden');
    expect(refusalOf(() => decideRetractInteraction({ interactionId: id, reason: 'x' }, state, anaActs)).code).toBe('forbidden');
    expect(decideConfirmInteraction(id, state, anaActs)).toEqual({ interactionId: id, counterpartId: ana });
    expect(refusalOf(() => decideConfirmInteraction(id, state, benActs)).code).toBe('forbidden');
  });

  it('still asks ben, not ana, how heard ana made him feel: felt-heard rates the initiator, whoever recorded it', () => {
    const state = given(event('InteractionLogged', recordedByBen));
    expect(decideCounterpartFeedback(id, 5, state, benActs)).toEqual({ interactionId: id, fromId: ben, feltHeard: 5 });
    expect(refusalOf(() => decideCounterpartFeedback(id, 5, state, anaActs)).code).toBe('forbidden');
  });
});

describe('retracting an interaction', () => {
  it('given a corrected interaction, when its initiator retracts it, then InteractionRetracted is dated at the earliest time it was said to happen', () => {
    const state = given(
      event('InteractionLogged', logged),
      event('InteractionCorrected', { ...logged, occurredAt: '2026-03-01T08:00:00Z' }),
    );
    const retracted = decideRetractInteraction({ interactionId: id, reason: ' never happened ' }, state, anaActs);
    expect(retracted).toEqual({ data: { interactionId: id, reason: 'never happened' }, occurredAt: '2026-03-01T08:00:00.000Z' });
  });

  it('refuses a counterpart retracting, and a second retraction', () => {
    const state = given(event('InteractionLogged', logged));
    expect(refusalOf(() => decideRetractInteraction({ interactionId: id, reason: 'x' }, state, benActs)).code).toBe('forbidden');
    const retracted = given(event('InteractionLogged', logged), event('InteractionRetracted', { interactionId: id, reason: 'x' }));
    expect(refusalOf(() => decideRetractInteraction({ interactionId: id, reason: 'x' }, retracted, admin)).code).toBe('invalid_state');
  });
});

describe('confirmations, disputes and feedback', () => {
  it('given a coffee of ana with ben, when ben confirms, then InteractionConfirmed names ben', () => {
    expect(decideConfirmInteraction(id, given(event('InteractionLogged', logged)), benActs)).toEqual({
      interactionId: id,
      counterpartId: ben,
    });
  });

  it('refuses the initiator, an outsider and an admin who took no part confirming or disputing', () => {
    const state = given(event('InteractionLogged', logged));
    expect(refusalOf(() => decideConfirmInteraction(id, state, anaActs)).code).toBe('forbidden');
    expect(refusalOf(() => decideDisputeInteraction(id, undefined, state, { isAdmin: false, personId: cat })).code).toBe('forbidden');
    expect(refusalOf(() => decideConfirmInteraction(id, state, admin)).code).toBe('forbidden');
  });

  it('given ben confirmed, refuses confirming again but lets him change his mind and dispute', () => {
    const state = given(event('InteractionLogged', logged), event('InteractionConfirmed', { interactionId: id, counterpartId: ben }));
    expect(refusalOf(() => decideConfirmInteraction(id, state, benActs)).code).toBe('invalid_state');
    expect(decideDisputeInteraction(id, 'it was a call', state, benActs)).toEqual({
      interactionId: id,
      counterpartId: ben,
      reason: 'it was a call',
    });
  });

  it('given a counterpart rated the interaction once, refuses a second rating', () => {
    const state = given(event('InteractionLogged', logged));
    expect(decideCounterpartFeedback(id, 4, state, benActs)).toEqual({ interactionId: id, fromId: ben, feltHeard: 4 });
    const rated = given(
      event('InteractionLogged', logged),
      event('CounterpartFeedbackGiven', { interactionId: id, fromId: ben, feltHeard: 4 }),
    );
    expect(refusalOf(() => decideCounterpartFeedback(id, 5, rated, benActs)).code).toBe('invalid_state');
    expect(refusalOf(() => decideCounterpartFeedback(id, 4, state, anaActs)).code).toBe('forbidden');
  });
});
