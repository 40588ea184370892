import { describe, expect, it } from 'vitest';
import type { InteractionLoggedV1 } from '@rapport/contracts';
import { interactionContributions, helpContribution, thankYouContribution, introductionContributions } from './contributions';
import { relationshipStrength } from './relationship-strength';
import { defaultStrengthParameters as p } from './strength-parameters';
import { MS_PER_DAY, toEpochMs } from '../shared/clock';
import type { TieContribution } from './tie-contribution';

const ana = '00000000-0000-4000-8000-00000000000a';
const ben = '00000000-0000-4000-8000-00000000000b';
const cat = '00000000-0000-4000-8000-00000000000c';
const dan = '00000000-0000-4000-8000-00000000000d';
const at = '2026-03-02T09:00:00.000Z';
const t = toEpochMs(at);

function interaction(overrides: Partial<InteractionLoggedV1>): InteractionLoggedV1 {
  return {
    interactionId: '00000000-0000-4000-8000-0000000000f1',
    initiatorId: ana,
    participantIds: [ana, ben],
    occurredAt: at,
    channel: 'in_person',
    kind: 'one_on_one',
    ...overrides,
  };
}

const pairOf = (contributions: TieContribution[], a: string, b: string) =>
  contributions.filter((c) => (c.personA === a && c.personB === b) || (c.personA === b && c.personB === a));

// Expected values below were computed by hand from SPEC §6.1–6.2:
// S = round(100 · (1 − e^(−I/3)) · (0.7 + 0.3·R), 1).
describe('relationship strength', () => {
  it('scores one 30-minute in-person 1:1 at the counterpart’s office as 23.9 (weak) at the moment it happened', () => {
    // w = 1.0 × 1.0 × 1.25 / 1 = 1.25; R = 0 (only ana initiated); 100·(1 − e^(−1.25/3))·0.7 = 23.85
    const ties = interactionContributions('e1', interaction({ durationMinutes: 30, location: 'their_office' }), p);
    const s = relationshipStrength(ana, ben, ties, t, p);
    expect(s.strength).toBe(23.9);
    expect(s.tier).toBe('weak');
    expect(s.explanation.interactionCount).toBe(1);
    expect(s.explanation.lastContact).toBe(at);
    expect(s.explanation.channelMix).toEqual({ in_person: 1 });
    expect(s.explanation.reciprocity).toEqual({ value: 0, initiatedByPerson: 1, initiatedByCounterpart: 0 });
  });

  it('halves intensity every 90 days: 13.2 after one half-life, inactive (6.9) after two', () => {
    const ties = interactionContributions('e1', interaction({ durationMinutes: 30, location: 'their_office' }), p);
    expect(relationshipStrength(ana, ben, ties, t + 90 * MS_PER_DAY, p).strength).toBe(13.2);
    const twoHalfLives = relationshipStrength(ana, ben, ties, t + 180 * MS_PER_DAY, p);
    expect(twoHalfLives.strength).toBe(6.9);
    expect(twoHalfLives.tier).toBe('inactive');
  });

  it('ignores contributions after the as-of instant', () => {
    const ties = interactionContributions('e1', interaction({}), p);
    const before = relationshipStrength(ana, ben, ties, t - 1, p);
    expect(before.strength).toBe(0);
    expect(before.explanation.interactionCount).toBe(0);
    expect(before.explanation.lastContact).toBeNull();
  });

  it('rewards reciprocity: one meeting started by each side gives R = 1 and 58.0', () => {
    // ana: 60-min video → 0.8 × 2.0 = 1.6; ben: 30-min in person at his own office → 1.0. I = 2.6, R = 1.
    const ties = [
      ...interactionContributions('e1', interaction({ channel: 'video', durationMinutes: 60 }), p),
      ...interactionContributions(
        'e2',
        interaction({
          interactionId: '00000000-0000-4000-8000-0000000000f2',
          initiatorId: ben,
          durationMinutes: 30,
          location: 'my_office',
        }),
        p,
      ),
    ];
    const s = relationshipStrength(ana, ben, ties, t, p);
    expect(s.strength).toBe(58.0);
    expect(s.tier).toBe('developing');
    expect(s.explanation.reciprocity.value).toBe(1);
    expect(s.explanation.averageDepth).toBe(1.5);
    expect(s.explanation.channelMix).toEqual({ video: 1, in_person: 1 });
  });

  it('splits a group meeting across n − 1: four people for an hour give every pair 2/3 and 13.9', () => {
    const group = interaction({ participantIds: [ana, ben, cat, dan], kind: 'group', durationMinutes: 60, location: 'neutral' });
    const ties = interactionContributions('e1', group, p);
    expect(ties).toHaveLength(6);
    for (const tie of ties) expect(tie.weight).toBeCloseTo(2 / 3, 12);
    expect(relationshipStrength(ana, dan, pairOf(ties, ana, dan), t, p).strength).toBe(13.9);
    // Neither cat nor dan initiated: R = 0, same score.
    expect(relationshipStrength(cat, dan, pairOf(ties, cat, dan), t, p).strength).toBe(13.9);
  });

  it('creates no ties for gatherings of more than 18 people, and 1/17 per pair at exactly 18', () => {
    const people = (n: number) => Array.from({ length: n }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const nineteen = people(19);
    expect(interactionContributions('e1', interaction({ initiatorId: nineteen[0]!, participantIds: nineteen, kind: 'group' }), p)).toEqual(
      [],
    );
    const eighteen = people(18);
    const ties = interactionContributions('e1', interaction({ initiatorId: eighteen[0]!, participantIds: eighteen, kind: 'group' }), p);
    expect(ties).toHaveLength((18 * 17) / 2);
    expect(ties[0]!.weight).toBeCloseTo(1 / 17, 12);
  });

  it('clamps depth to [0.5, 2.0] and weighs channels 1.0 / 0.8 / 0.7 / 0.3 / 0.2', () => {
    const weightOf = (o: Partial<InteractionLoggedV1>) => interactionContributions('e', interaction(o), p)[0]!.weight;
    expect(weightOf({ durationMinutes: 5 })).toBe(0.5);
    expect(weightOf({ durationMinutes: 240 })).toBe(2);
    expect(weightOf({ channel: 'video' })).toBe(0.8);
    expect(weightOf({ channel: 'call' })).toBe(0.7);
    expect(weightOf({ channel: 'chat' })).toBe(0.3);
    expect(weightOf({ channel: 'email' })).toBe(0.2);
    // The office bonus is for in-person meetings only.
    expect(weightOf({ channel: 'video', location: 'their_office' })).toBe(0.8);
  });

  it('weighs help 1.5, introductions 0.5 / 0.25 and thank-you notes 0.5 or 1.0 handwritten', () => {
    expect(helpContribution('h', { giverId: ana, receiverId: ben, occurredAt: at }, p)[0]!.weight).toBe(1.5);
    const intro = introductionContributions('i', { introducerId: ana, personAId: ben, personBId: cat, occurredAt: at }, p);
    expect(intro.map((c) => c.weight)).toEqual([0.5, 0.5, 0.25]);
    expect(thankYouContribution('n', { fromId: ana, toId: ben, handwritten: false, occurredAt: at }, p)[0]!.weight).toBe(0.5);
    expect(thankYouContribution('n', { fromId: ana, toId: ben, handwritten: true, occurredAt: at }, p)[0]!.weight).toBe(1);
  });

  it('explains the score: factor points add up to it and shares to one', () => {
    const ties = [
      ...interactionContributions('e1', interaction({ durationMinutes: 45 }), p),
      ...helpContribution('h1', { giverId: ben, receiverId: ana, occurredAt: at }, p),
      ...thankYouContribution('n1', { fromId: ana, toId: ben, handwritten: true, occurredAt: at }, p),
    ];
    const s = relationshipStrength(ana, ben, ties, t + 10 * MS_PER_DAY, p);
    const points = Object.values(s.explanation.factorPoints).reduce((a, b) => a + b, 0);
    const shares = Object.values(s.explanation.factorShares).reduce((a, b) => a + b, 0);
    expect(points).toBeCloseTo(s.strength, 0);
    expect(shares).toBeCloseTo(1, 3);
    expect(s.explanation.valueExchanged).toEqual({ helpGiven: 0, helpReceived: 1, introductions: 0 });
    expect(s.explanation.notesSent).toEqual({ byPerson: 1, byCounterpart: 0, handwritten: 1 });
    // ana initiated the meeting and the note, ben the help: R = 1 − 1/3.
    expect(s.explanation.reciprocity.value).toBeCloseTo(2 / 3, 4);
  });

  it('gives the same strength whatever order the contributions arrive in', () => {
    const ties = [
      ...interactionContributions('e1', interaction({ durationMinutes: 20 }), p),
      ...interactionContributions('e2', interaction({ interactionId: 'x2', initiatorId: ben, occurredAt: '2026-01-10T10:00:00Z' }), p),
      ...helpContribution('h1', { giverId: ben, receiverId: ana, occurredAt: '2025-12-01T10:00:00Z' }, p),
    ];
    const forward = relationshipStrength(ana, ben, ties, t, p);
    const backward = relationshipStrength(ana, ben, [...ties].reverse(), t, p);
    expect(backward).toEqual(forward);
  });
});
