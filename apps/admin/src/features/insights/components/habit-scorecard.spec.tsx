import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { HabitScorecardView } from '../api/get-scorecard';
import { renderWithProviders } from '../../../test/render';
import { HabitScorecard } from './habit-scorecard';
import { habitBasis } from './habit-basis';

const scorecard = (habits: Partial<HabitScorecardView['habits']> = {}): HabitScorecardView => ({
  personId: '0190d8c4-0000-7000-8000-000000000001',
  asOf: '2026-10-31T00:00:00.000Z',
  window: { from: '2026-08-02T00:00:00.000Z', to: '2026-10-31T00:00:00.000Z', days: 90 },
  habits: {
    feltHeard: { score: 80, ratings: 4, meanRating: 4, minimumRatings: 3 },
    targets: { score: 50, targets: 2, reached: 1, threshold: 30, list: [] },
    theirOffice: { score: null, inPersonOneOnOnes: 0, atTheirOffice: 0 },
    value: { score: 75, helpGiven: 1, introductionsMade: 2, helpReceived: 1 },
    probing: { score: 100, interactions: 1, questions: 1, stories: 0 },
    thankYou: {
      score: 50,
      firstMeetings: 2,
      followedByNote: 1,
      handwritten: 1,
      handwrittenShare: 100,
      awaitingNote: 1,
      awaiting: [
        {
          counterpartId: '0190d8c4-0000-7000-8000-000000000002',
          interactionId: '0190d8c4-0000-7000-8000-000000000003',
          metAt: '2026-10-28T09:00:00.000Z',
          noteDueBy: '2026-11-04T09:00:00.000Z',
        },
      ],
      withinDays: 7,
    },
    ...habits,
  },
});

describe('habit scorecard', () => {
  it('lists the six habits with their scores, "—" where there is not enough to judge, and what each is based on', () => {
    renderWithProviders(<HabitScorecard scorecard={scorecard()} />);
    const items = within(screen.getByRole('list', { name: 'Habit scores' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'People felt heard80from 4 ratings',
      'Networking targets reached501 of 2 targets reached',
      'Meets on their ground—no in-person one-to-ones started',
      'Adds value753 given (1 piece of help and 2 introductions), 1 received: you give more than you receive',
      'Asks and listens1001 question, 0 stories',
      'Says thank you501 of 2 first meetings followed by a note; 100% handwritten; 1 more still in time for one',
    ]);
    expect(within(items[2]!).getByRole('img', { name: 'not enough to judge yet' })).toBeInTheDocument();
  });

  it('explains a habit when its name is reached with the keyboard', async () => {
    renderWithProviders(<HabitScorecard scorecard={scorecard()} />);
    await userEvent.setup().tab();
    expect(screen.getByText('People felt heard')).toHaveFocus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('How heard colleagues felt in the conversations a person started');
  });

  it('words the counts in the singular and the plural', () => {
    const one = scorecard({
      feltHeard: { score: null, ratings: 1, meanRating: 5, minimumRatings: 3 },
      targets: { score: 100, targets: 1, reached: 1, threshold: 30, list: [] },
      theirOffice: { score: 100, inPersonOneOnOnes: 1, atTheirOffice: 1 },
      probing: { score: 50, interactions: 2, questions: 2, stories: 2 },
    }).habits;
    expect(habitBasis('feltHeard', one)).toBe('1 rating so far; a score needs 3');
    expect(habitBasis('targets', one)).toBe('1 of 1 target reached');
    expect(habitBasis('theirOffice', one)).toBe('1 of 1 in-person one-to-one at their office');
    expect(habitBasis('probing', one)).toBe('2 questions, 2 stories');
  });
});
