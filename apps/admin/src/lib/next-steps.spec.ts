import { describe, expect, it } from 'vitest';
import { groupNextSteps, personNextSteps } from './next-steps';

const base = {
  department: 'Product',
  since: '2026-09-01T00:00:00.000Z',
  now: { crossDepartmentTies: 5, size: 12 },
  before: { crossDepartmentTies: 2, size: 9 },
  notesDue: [
    { name: 'Zoe Kim', daysLeft: '2 days left' },
    { name: 'Ivan Costa', daysLeft: '5 days left' },
  ],
  recommendation: { candidateName: 'Aiko Moreau', topShare: 8, adds: ['Finance', 'forecasting', 'Legal'], introducerName: 'Bruno Rossi' },
};

describe('next steps in plain words', () => {
  it('tells a person on their own page what changed in 30 days, which notes are due and whom to meet', () => {
    expect(personNextSteps({ ...base, name: null })).toEqual([
      'Your ties outside Product grew from 2 to 5 since 1 Sept 2026.',
      'Two first meetings are still waiting for a thank-you note (Zoe Kim, 2 days left).',
      'Aiko Moreau is well networked (top 8%) and brings Finance and forecasting, and Bruno Rossi can introduce you.',
    ]);
  });

  it('speaks of the person by name on someone else’s page, and says when nothing changed or nobody can introduce', () => {
    expect(
      personNextSteps({
        ...base,
        name: 'Aiko',
        before: base.now,
        notesDue: [base.notesDue[0]!],
        recommendation: { ...base.recommendation, adds: [], introducerName: null },
      }),
    ).toEqual([
      'Aiko’s network is as it was on 1 Sept 2026: 12 active ties, 5 outside Product.',
      'One first meeting of Aiko’s is still waiting for a thank-you note (Zoe Kim, 2 days left).',
      'Aiko Moreau is well networked (top 8%): they can reach out directly.',
    ]);
    expect(personNextSteps({ ...base, name: null, before: null, notesDue: [], recommendation: null })).toEqual([]);
  });

  it('opens a group page with the median change since the start, the weakest habit and what to do, and one sentence of its own', () => {
    const metrics = [
      { metric: 'size', label: 'Active ties', baseline: 4, now: 6, isHabit: false },
      { metric: 'crossDepartmentTies', label: 'Cross-department ties', baseline: 2, now: 5.5, isHabit: false },
      { metric: 'probing', label: 'Probing', baseline: 60, now: 64, isHabit: true },
      { metric: 'thankYou', label: 'Thank-you notes', baseline: 0, now: 12.5, isHabit: true },
      { metric: 'feltHeard', label: 'Felt heard', baseline: null, now: null, isHabit: true },
    ];
    expect(
      groupNextSteps({
        member: 'participant',
        since: 'the cohort started on 6 Oct 2026',
        metrics,
        extra: 'Participants have 1 active tie among themselves.',
      }),
    ).toEqual([
      'The median participant’s ties across departments grew from 2 to 5.5 since the cohort started on 6 Oct 2026.',
      'Thank-you notes is the habit with the lowest median now (12.5 of 100): send a note within a week of a first meeting.',
      'Participants have 1 active tie among themselves.',
    ]);
    expect(groupNextSteps({ member: 'person', since: '7 Sept 2026', metrics: [metrics[0]!] })).toEqual([
      'The median person’s active ties grew from 4 to 6 since 7 Sept 2026.',
    ]);
  });
});
