import { MS_PER_DAY, toIso, type EpochMs } from '../shared/clock';
import type { HabitParameters } from './habit-parameters';
import type { InteractionFact, ScorecardFacts } from './scorecard-facts';

export interface ThankYouHabit {
  score: number | null;
  /** First-ever in-person or video meetings with a new person, initiated by the person, in the window. */
  firstMeetings: number;
  /** Of those, followed by the person's note to that person within `withinDays`. */
  followedByNote: number;
  /** Of the followed ones, thanked with a handwritten note. */
  handwritten: number;
  handwrittenShare: number | null;
  /** First meetings whose note window is still open at T and not yet thanked: not counted either way. */
  awaitingNote: number;
  /** Those first meetings, soonest due first: who was met, when, and by when a note still counts. */
  awaiting: AwaitingNote[];
  withinDays: number;
}

export interface AwaitingNote {
  counterpartId: string;
  interactionId: string;
  metAt: string;
  noteDueBy: string;
}

const meets = (i: InteractionFact) => i.channel === 'in_person' || i.channel === 'video';
const earlier = (a: InteractionFact, b: InteractionFact) =>
  a.occurredAt < b.occurredAt || (a.occurredAt === b.occurredAt && a.interactionId < b.interactionId);

/**
 * The first-ever in-person or video meeting between the person and each other
 * participant, over the interactions given. Over a history reaching past T, the first
 * meeting by T is this one when it took place by T, and there is none otherwise: so it
 * can be found once and read at many instants.
 */
export function firstMeetingsOf(personId: string, interactions: readonly InteractionFact[]): Map<string, InteractionFact> {
  const firstMeetingWith = new Map<string, InteractionFact>();
  for (const interaction of interactions) {
    if (!meets(interaction)) continue;
    for (const other of interaction.participantIds) {
      if (other === personId) continue;
      const first = firstMeetingWith.get(other);
      if (!first || earlier(interaction, first)) firstMeetingWith.set(other, interaction);
    }
  }
  return firstMeetingWith;
}

/**
 * Habit 6 (SPEC §6.5): for each person b, the first-ever in-person or video meeting
 * between a and b; it counts when a initiated it within the window, and is thanked
 * when a's note to b follows within 7 days (inclusive) of it. `firstMeetings`, when
 * given, is firstMeetingsOf a history reaching at least T (else found from `interactions`).
 */
export function thankYouHabit(
  personId: string,
  interactions: readonly InteractionFact[],
  notes: ScorecardFacts['notesSent'],
  asOf: EpochMs,
  from: EpochMs,
  p: HabitParameters,
  firstMeetings: ReadonlyMap<string, InteractionFact> = firstMeetingsOf(
    personId,
    interactions.filter((i) => i.occurredAt <= asOf),
  ),
): ThankYouHabit {
  const notesTo = new Map<string, ScorecardFacts['notesSent'][number][]>();
  for (const note of notes) {
    const list = notesTo.get(note.toId);
    if (list) list.push(note);
    else notesTo.set(note.toId, [note]);
  }
  const within = p.thankYouWithinDays * MS_PER_DAY;
  let counted = 0;
  let followedByNote = 0;
  let handwritten = 0;
  const awaiting: AwaitingNote[] = [];
  for (const [other, meeting] of firstMeetings) {
    if (meeting.initiatorId !== personId || meeting.occurredAt < from || meeting.occurredAt > asOf) continue;
    const deadline = meeting.occurredAt + within;
    const thanks = (notesTo.get(other) ?? []).filter((n) => n.occurredAt >= meeting.occurredAt && n.occurredAt <= Math.min(deadline, asOf));
    if (thanks.length === 0 && deadline > asOf) {
      awaiting.push({
        counterpartId: other,
        interactionId: meeting.interactionId,
        metAt: toIso(meeting.occurredAt),
        noteDueBy: toIso(deadline),
      });
      continue;
    }
    counted++;
    if (thanks.length > 0) followedByNote++;
    if (thanks.some((n) => n.handwritten)) handwritten++;
  }
  const percent = (part: number, whole: number) => (whole > 0 ? Math.round((1000 * part) / whole) / 10 : null);
  return {
    score: percent(followedByNote, counted),
    firstMeetings: counted,
    followedByNote,
    handwritten,
    handwrittenShare: percent(handwritten, followedByNote),
    awaitingNote: awaiting.length,
    awaiting: awaiting.sort((a, b) => a.noteDueBy.localeCompare(b.noteDueBy) || a.counterpartId.localeCompare(b.counterpartId)),
    withinDays: p.thankYouWithinDays,
  };
}
