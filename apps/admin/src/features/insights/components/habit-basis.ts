import type { HabitScorecardView } from '../api/get-scorecard';

type Habits = HabitScorecardView['habits'];
export type HabitKey = keyof Habits;

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What each habit's score was computed from, in a few words (SPEC §6.5): the counts the service returns with it. */
export function habitBasis(key: HabitKey, habits: Habits): string {
  switch (key) {
    case 'feltHeard': {
      const h = habits.feltHeard;
      if (h.score === null) return `${count(h.ratings, 'rating')} so far; a score needs ${h.minimumRatings}`;
      return `from ${count(h.ratings, 'rating')}`;
    }
    case 'targets': {
      const h = habits.targets;
      return h.targets === 0 ? 'no networking targets listed' : `${h.reached} of ${count(h.targets, 'target')} reached`;
    }
    case 'theirOffice': {
      const h = habits.theirOffice;
      return h.inPersonOneOnOnes === 0
        ? 'no in-person one-to-ones started'
        : `${h.atTheirOffice} of ${count(h.inPersonOneOnOnes, 'in-person one-to-one')} at their office`;
    }
    case 'value': {
      const h = habits.value;
      const given = h.helpGiven + h.introductionsMade;
      if (given + h.helpReceived === 0) return 'no help or introductions yet';
      const parts = [
        h.helpGiven > 0 ? count(h.helpGiven, 'piece of help', 'pieces of help') : null,
        h.introductionsMade > 0 ? count(h.introductionsMade, 'introduction') : null,
      ];
      const what = parts.filter(Boolean).join(' and ');
      const balance =
        given > h.helpReceived
          ? 'you give more than you receive'
          : given < h.helpReceived
            ? 'you receive more than you give'
            : 'as much given as received';
      return `${given} given${what ? ` (${what})` : ''}, ${h.helpReceived} received: ${balance}`;
    }
    case 'probing': {
      const h = habits.probing;
      return h.questions + h.stories === 0
        ? 'no questions or stories recorded'
        : `${count(h.questions, 'question')}, ${count(h.stories, 'story', 'stories')}`;
    }
    case 'thankYou': {
      const h = habits.thankYou;
      if (h.firstMeetings === 0 && h.awaitingNote === 0) return 'no first meetings started';
      const parts = [`${h.followedByNote} of ${count(h.firstMeetings, 'first meeting')} followed by a note`];
      if (h.handwrittenShare !== null) parts.push(`${Math.round(h.handwrittenShare)}% handwritten`);
      // A first meeting whose 7 days are still running counts neither way yet (SPEC §6.5).
      if (h.awaitingNote > 0) parts.push(`${h.awaitingNote} more still in time for one`);
      return parts.join('; ');
    }
  }
}
