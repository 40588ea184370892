import { MS_PER_DAY, toIso, type EpochMs } from '../shared/clock';
import { defaultHabitParameters, type HabitParameters } from './habit-parameters';
import type { InteractionFact, ScorecardFacts } from './scorecard-facts';
import { thankYouHabit, type ThankYouHabit } from './thank-you-habit';

export interface HabitScorecard {
  readonly asOf: string;
  readonly window: { readonly from: string; readonly to: string; readonly days: number };
  readonly habits: {
    readonly feltHeard: { score: number | null; ratings: number; meanRating: number | null; minimumRatings: number };
    readonly targets: {
      score: number | null;
      targets: number;
      reached: number;
      threshold: number;
      /** Each target on the list with the tie's strength as of T, strongest first. */
      list: { targetId: string; strength: number }[];
    };
    readonly theirOffice: { score: number | null; inPersonOneOnOnes: number; atTheirOffice: number };
    readonly value: { score: number | null; helpGiven: number; introductionsMade: number; helpReceived: number };
    readonly probing: { score: number | null; interactions: number; questions: number; stories: number };
    readonly thankYou: ThankYouHabit;
  };
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
/** 100 · part / whole, or null when there is nothing to measure. */
export const percentOf = (part: number, whole: number): number | null => (whole > 0 ? round1((100 * part) / whole) : null);

/**
 * The six habits of SPEC §6.5 for one person as of T, each 0–100 or null, with the
 * counts it was computed from. Window: [T − windowDays, T].
 */
export function habitScorecard(
  personId: string,
  facts: ScorecardFacts,
  asOf: EpochMs,
  p: HabitParameters = defaultHabitParameters,
): HabitScorecard {
  const from = asOf - p.windowDays * MS_PER_DAY;
  const inWindow = (t: EpochMs) => t >= from && t <= asOf;
  const known = facts.interactions.filter((i) => i.occurredAt <= asOf);
  const initiated = known.filter((i) => i.initiatorId === personId && inWindow(i.occurredAt));
  const initiatedIds = new Set(initiated.map((i) => i.interactionId));
  const participantsOf = new Map(initiated.map((i) => [i.interactionId, i.participantIds]));

  // 1. Felt heard: counterparts' ratings of interactions the person initiated in the window.
  const ratings = facts.feedback.filter(
    (f) =>
      f.occurredAt <= asOf &&
      initiatedIds.has(f.interactionId) &&
      f.fromId !== personId &&
      participantsOf.get(f.interactionId)?.includes(f.fromId),
  );
  const meanRating = ratings.length > 0 ? ratings.reduce((sum, f) => sum + f.feltHeard, 0) / ratings.length : null;

  // 2. Targets reached: S ≥ threshold as of T.
  const reached = facts.targets.filter((t) => t.strength >= p.targetReachedStrength).length;

  // 3. Their office: in-person 1:1s the person initiated, held at the counterpart's place.
  const oneOnOnes = initiated.filter((i) => i.channel === 'in_person' && new Set(i.participantIds).size === 2);
  const atTheirOffice = oneOnOnes.filter((i) => i.location === 'their_office').length;

  // 4. Value given vs received.
  const count = (xs: ReadonlyArray<{ occurredAt: EpochMs }>) => xs.filter((x) => inWindow(x.occurredAt)).length;
  const helpGiven = count(facts.helpGiven);
  const introductionsMade = count(facts.introductionsMade);
  const helpReceived = count(facts.helpReceived);
  const given = helpGiven + introductionsMade;

  // 5. Probing: self-reported questions vs stories on interactions the person initiated.
  const reported = initiated.filter((i: InteractionFact) => i.questionsAsked !== undefined || i.storiesTold !== undefined);
  const questions = reported.reduce((sum, i) => sum + (i.questionsAsked ?? 0), 0);
  const stories = reported.reduce((sum, i) => sum + (i.storiesTold ?? 0), 0);

  return {
    asOf: toIso(asOf),
    window: { from: toIso(from), to: toIso(asOf), days: p.windowDays },
    habits: {
      feltHeard: {
        score: meanRating !== null && ratings.length >= p.minFeltHeardRatings ? round1(meanRating * p.feltHeardScale) : null,
        ratings: ratings.length,
        meanRating: meanRating === null ? null : Math.round(meanRating * 100) / 100,
        minimumRatings: p.minFeltHeardRatings,
      },
      targets: {
        score: percentOf(reached, facts.targets.length),
        targets: facts.targets.length,
        reached,
        threshold: p.targetReachedStrength,
        list: facts.targets
          .map((t) => ({ targetId: t.targetId, strength: t.strength }))
          .sort((a, b) => b.strength - a.strength || a.targetId.localeCompare(b.targetId)),
      },
      theirOffice: { score: percentOf(atTheirOffice, oneOnOnes.length), inPersonOneOnOnes: oneOnOnes.length, atTheirOffice },
      value: { score: percentOf(given, given + helpReceived), helpGiven, introductionsMade, helpReceived },
      probing: { score: percentOf(questions, questions + stories), interactions: reported.length, questions, stories },
      thankYou: thankYouHabit(personId, known, facts.notesSent, asOf, from, p, facts.firstMeetings),
    },
  };
}
