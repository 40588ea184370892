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
 * Habit 6 (SPEC §6.5): for each person b, the first-ever in-person or video meeting
 * between a and b; it counts when a initiated it within the window, and is thanked
 * when a's note to b follows within 7 days (inclusive) of it.
 */
export function thankYouHabit(
  personId: string,
  interactions: readonly InteractionFact[],
  notes: ScorecardFacts['notesSent'],
  asOf: EpochMs,
  from: EpochMs,
  p: HabitParameters,
): ThankYouHabit {
  const firstMeetingWith = new Map<string, InteractionFact>();
  for (const interaction of interactions) {
    if (!meets(interaction) || interaction.occurredAt > asOf) continue;
    for (const other of new Set(interaction.participantIds)) {
      if (other === personId) continue;
      const first = firstMeetingWith.get(other);
      if (!first || earlier(interaction, first)) firstMeetingWith.set(other, interaction);
    }
  }
  const within = p.thankYouWithinDays * MS_PER_DAY;
  let firstMeetings = 0;
  let followedByNote = 0;
  let handwritten = 0;
  const awaiting: AwaitingNote[] = [];
  for (const [other, meeting] of firstMeetingWith) {
    if (meeting.initiatorId !== personId || meeting.occurredAt < from) continue;
    const deadline = meeting.occurredAt + within;
    const thanks = notes.filter((n) => n.toId === other && n.occurredAt >= meeting.occurredAt && n.occurredAt <= Math.min(deadline, asOf));
    if (thanks.length === 0 && deadline > asOf) {
      awaiting.push({
        counterpartId: other,
        interactionId: meeting.interactionId,
        metAt: toIso(meeting.occurredAt),
        noteDueBy: toIso(deadline),
      });
      continue;
    }
    firstMeetings++;
    if (thanks.length > 0) followedByNote++;
    if (thanks.some((n) => n.handwritten)) handwritten++;
  }
  const percent = (part: number, whole: number) => (whole > 0 ? Math.round((1000 * part) / whole) / 10 : null);
  return {
    score: percent(followedByNote, firstMeetings),
    firstMeetings,
    followedByNote,
    handwritten,
    handwrittenShare: percent(handwritten, followedByNote),
    awaitingNote: awaiting.length,
    awaiting: awaiting.sort((a, b) => a.noteDueBy.localeCompare(b.noteDueBy) || a.counterpartId.localeCompare(b.counterpartId)),
    withinDays: p.thankYouWithinDays,
  };
}
