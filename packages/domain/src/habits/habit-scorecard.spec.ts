import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MS_PER_DAY } from '../shared/clock';
import { habitScorecard } from './habit-scorecard';
import { firstMeetingsOf } from './thank-you-habit';
import type { InteractionFact, ScorecardFacts } from './scorecard-facts';

const ana = 'a';
const ben = 'b';
const cat = 'c';
const dan = 'd';
const T = Date.parse('2026-06-30T12:00:00Z');
const daysBefore = (d: number) => T - d * MS_PER_DAY;

const meeting = (id: string, o: Partial<InteractionFact> = {}): InteractionFact => ({
  interactionId: id,
  initiatorId: ana,
  participantIds: [ana, ben],
  occurredAt: daysBefore(30),
  channel: 'in_person',
  ...o,
});

const none: ScorecardFacts = {
  interactions: [],
  feedback: [],
  helpGiven: [],
  helpReceived: [],
  introductionsMade: [],
  notesSent: [],
  targets: [],
};

describe('habit scorecard (SPEC §6.5)', () => {
  it('is null for every habit when nothing was recorded', () => {
    const card = habitScorecard(ana, none, T);
    expect(Object.values(card.habits).map((h) => h.score)).toEqual([null, null, null, null, null, null]);
    expect(card.window).toEqual({ from: '2026-04-01T12:00:00.000Z', to: '2026-06-30T12:00:00.000Z', days: 90 });
  });

  it('felt heard: mean rating × 20, null under 3 ratings; ratings of interactions outside the window do not count', () => {
    const interactions = [
      meeting('m1'),
      meeting('m2', { participantIds: [ana, ben, cat] }),
      meeting('old', { occurredAt: daysBefore(120) }),
    ];
    const rate = (interactionId: string, fromId: string, feltHeard: number) => ({
      interactionId,
      fromId,
      feltHeard,
      occurredAt: daysBefore(1),
    });
    const two = habitScorecard(ana, { ...none, interactions, feedback: [rate('m1', ben, 4), rate('old', ben, 1)] }, T);
    expect(two.habits.feltHeard).toMatchObject({ score: null, ratings: 1 });
    // (4 + 5 + 3) / 3 = 4 → 80.
    const three = habitScorecard(ana, { ...none, interactions, feedback: [rate('m1', ben, 4), rate('m2', ben, 5), rate('m2', cat, 3)] }, T);
    expect(three.habits.feltHeard).toEqual({ score: 80, ratings: 3, meanRating: 4, minimumRatings: 3 });
  });

  it('targets: share of listed targets with S ≥ 30', () => {
    const card = habitScorecard(
      ana,
      {
        ...none,
        targets: [
          { targetId: ben, strength: 30 },
          { targetId: cat, strength: 29.9 },
          { targetId: dan, strength: 70 },
        ],
      },
      T,
    );
    expect(card.habits.targets).toEqual({
      score: 66.7,
      targets: 3,
      reached: 2,
      threshold: 30,
      list: [
        { targetId: dan, strength: 70 },
        { targetId: ben, strength: 30 },
        { targetId: cat, strength: 29.9 },
      ],
    });
  });

  it('their office: in-person 1:1s initiated by the person, share held at their office; group, video and others’ meetings do not count', () => {
    const interactions = [
      meeting('m1', { location: 'their_office' }),
      meeting('m2', { location: 'my_office' }),
      meeting('m3', { location: 'their_office', participantIds: [ana, ben, cat] }),
      meeting('m4', { location: 'their_office', channel: 'video' }),
      meeting('m5', { location: 'their_office', initiatorId: ben }),
      meeting('m6', { location: 'neutral' }),
      meeting('m7', { location: 'their_office' }),
    ];
    expect(habitScorecard(ana, { ...none, interactions }, T).habits.theirOffice).toEqual({
      score: 50,
      inPersonOneOnOnes: 4,
      atTheirOffice: 2,
    });
  });

  it('value: 100 · (help given + introductions) / (that + help received), in the window', () => {
    const t = (d: number) => ({ occurredAt: daysBefore(d) });
    const card = habitScorecard(ana, { ...none, helpGiven: [t(1), t(100)], introductionsMade: [t(2), t(3)], helpReceived: [t(4)] }, T);
    expect(card.habits.value).toEqual({ score: 75, helpGiven: 1, introductionsMade: 2, helpReceived: 1 });
  });

  it('probing: questions / (questions + stories) over the person’s initiated interactions that report them', () => {
    const interactions = [
      meeting('m1', { questionsAsked: 6, storiesTold: 2 }),
      meeting('m2', { questionsAsked: 0, storiesTold: 2 }),
      meeting('m3'),
    ];
    expect(habitScorecard(ana, { ...none, interactions }, T).habits.probing).toEqual({
      score: 60,
      interactions: 2,
      questions: 6,
      stories: 4,
    });
  });

  describe('thank-you notes after first meetings', () => {
    const note = (toId: string, daysAfterMeeting: number, handwritten = true) => ({
      toId,
      handwritten,
      occurredAt: daysBefore(30 - daysAfterMeeting),
    });

    it('counts a note 6 days after the first meeting and not one 8 days after', () => {
      const interactions = [meeting('m1'), meeting('m2', { participantIds: [ana, cat] })];
      const card = habitScorecard(ana, { ...none, interactions, notesSent: [note(ben, 6), note(cat, 8)] }, T);
      expect(card.habits.thankYou).toMatchObject({ score: 50, firstMeetings: 2, followedByNote: 1, handwritten: 1, handwrittenShare: 100 });
    });

    it('counts a note on exactly the 7th day and shows the handwritten share beside it', () => {
      const interactions = [meeting('m1'), meeting('m2', { participantIds: [ana, cat] })];
      const card = habitScorecard(ana, { ...none, interactions, notesSent: [note(ben, 7), note(cat, 0, false)] }, T);
      expect(card.habits.thankYou).toMatchObject({ score: 100, firstMeetings: 2, followedByNote: 2, handwritten: 1, handwrittenShare: 50 });
    });

    it('only the first-ever in-person or video meeting counts, only when the person initiated it', () => {
      const interactions = [
        meeting('earlier-call', { channel: 'call', occurredAt: daysBefore(60) }), // not a meeting
        meeting('first', { occurredAt: daysBefore(30) }),
        meeting('second', { occurredAt: daysBefore(10) }), // ben is not new any more
        meeting('cat-started', { initiatorId: cat, participantIds: [ana, cat], channel: 'video' }),
      ];
      const card = habitScorecard(ana, { ...none, interactions, notesSent: [] }, T);
      expect(card.habits.thankYou).toMatchObject({ score: 0, firstMeetings: 1, followedByNote: 0 });
    });

    it('does not count a first meeting whose 7 days are still running and unthanked, and lists it with when a note is due', () => {
      const card = habitScorecard(ana, { ...none, interactions: [meeting('m1', { occurredAt: daysBefore(3) })] }, T);
      expect(card.habits.thankYou).toMatchObject({ score: null, firstMeetings: 0, awaitingNote: 1 });
      expect(card.habits.thankYou.awaiting).toEqual([
        {
          counterpartId: ben,
          interactionId: 'm1',
          metAt: new Date(daysBefore(3)).toISOString(),
          noteDueBy: new Date(daysBefore(3) + 7 * MS_PER_DAY).toISOString(),
        },
      ]);
    });

    it('lists the first meetings awaiting a note soonest due first, and drops one once thanked', () => {
      const interactions = [
        meeting('with-ben', { occurredAt: daysBefore(2) }),
        meeting('with-cat', { participantIds: [ana, cat], occurredAt: daysBefore(5) }),
      ];
      const waiting = habitScorecard(ana, { ...none, interactions }, T).habits.thankYou.awaiting;
      expect(waiting.map((w) => w.counterpartId)).toEqual([cat, ben]);
      const thanked = habitScorecard(
        ana,
        { ...none, interactions, notesSent: [{ toId: cat, handwritten: true, occurredAt: daysBefore(1) }] },
        T,
      );
      expect(thanked.habits.thankYou.awaiting.map((w) => w.counterpartId)).toEqual([ben]);
      expect(thanked.habits.thankYou).toMatchObject({ firstMeetings: 1, followedByNote: 1 });
    });

    it('ignores meetings and notes after T', () => {
      const interactions = [meeting('m1', { occurredAt: T + MS_PER_DAY })];
      expect(habitScorecard(ana, { ...none, interactions }, T).habits.thankYou.firstMeetings).toBe(0);
    });

    it('reads the same from first meetings found once over a longer history, at any T', () => {
      const people = [ana, ben, cat, dan];
      const fact = fc.record({
        interactionId: fc.string({ minLength: 1, maxLength: 3 }),
        initiatorId: fc.constantFrom(...people),
        participantIds: fc.subarray(people, { minLength: 1 }).map((ids) => [ana, ...ids]),
        occurredAt: fc.integer({ min: daysBefore(200), max: daysBefore(-30) }),
        channel: fc.constantFrom('in_person' as const, 'video' as const, 'email' as const),
      });
      const note = fc.record({
        toId: fc.constantFrom(...people),
        handwritten: fc.boolean(),
        occurredAt: fc.integer({ min: daysBefore(200), max: daysBefore(-30) }),
      });
      fc.assert(
        fc.property(
          fc.array(fact, { maxLength: 12 }),
          fc.array(note, { maxLength: 6 }),
          fc.integer({ min: -30, max: 200 }),
          (all, notes, days) => {
            const at = daysBefore(days);
            const cut = {
              ...none,
              interactions: all.filter((i) => i.occurredAt <= at),
              notesSent: notes.filter((n) => n.occurredAt <= at),
            };
            const once = habitScorecard(ana, { ...cut, firstMeetings: firstMeetingsOf(ana, all) }, at);
            expect(once.habits.thankYou).toEqual(habitScorecard(ana, cut, at).habits.thankYou);
          },
        ),
      );
    });
  });
});
