import { describe, expect, it } from 'vitest';
import { defaultStrengthParameters, interactionContributions, introductionContributions } from '@rapport/domain';
import { contributionGroups } from './relationships.projection';

const p = defaultStrengthParameters;
const [ana, ben, cleo, dev] = ['a', 'b', 'c', 'd'].map((x) => `00000000-0000-4000-8000-00000000000${x}`) as [
  string,
  string,
  string,
  string,
];
const meeting = (participantIds: string[]) =>
  interactionContributions(
    '00000000-0000-7000-8000-000000000001',
    {
      interactionId: '00000000-0000-4000-a000-000000000001',
      initiatorId: participantIds[0]!,
      participantIds,
      occurredAt: '2026-03-02T09:00:00.000Z',
      channel: 'in_person',
      kind: 'group',
    },
    p,
  );

describe('contribution groups', () => {
  it('send a meeting of four as one group of its four people (the database makes the twelve rows)', () => {
    const groups = contributionGroups(meeting([ana, ben, cleo, dev]));
    expect(groups).toHaveLength(1);
    expect(groups[0]!.members).toEqual([ana, ben, cleo, dev]);
  });

  it('count a person named twice once, as the pairs do', () => {
    expect(contributionGroups(meeting([ana, ben, ana, cleo]))[0]!.members).toEqual([ana, ben, cleo]);
  });

  it('keep contributions that differ in more than their pair apart, in their order', () => {
    // The introducer is also person A: introducer–B (0.5) and A–B (0.25) are the same pair with two weights.
    const intro = introductionContributions(
      '00000000-0000-7000-8000-000000000002',
      { introducerId: ana, personAId: ana, personBId: ben, occurredAt: '2026-03-02T09:00:00.000Z' },
      p,
    );
    const groups = contributionGroups(intro);
    expect(groups.map((g) => [g.members, g.first.weight])).toEqual([
      [[ana, ben], p.introducerWeight],
      [[ana, ben], p.introducedPairWeight],
    ]);
  });

  it('make nothing of nothing', () => {
    expect(contributionGroups([])).toEqual([]);
  });
});
