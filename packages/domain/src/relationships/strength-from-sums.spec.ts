import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { epochWeight } from './intensity';
import { relationshipStrength, scoreOf, tieScoreAt } from './relationship-strength';
import { strengthFromSums } from './strength-from-sums';
import { defaultStrengthParameters as p } from './strength-parameters';
import { MS_PER_DAY } from '../shared/clock';
import type { ContributionSource, TieContribution } from './tie-contribution';

const ana = '00000000-0000-4000-8000-00000000000a';
const ben = '00000000-0000-4000-8000-00000000000b';
const asOf = Date.parse('2026-06-01T00:00:00Z');

const contribution = (source: ContributionSource) =>
  fc
    .record({
      initiatorId: fc.constantFrom(ana, ben),
      daysBefore: fc.integer({ min: 0, max: 720 }),
      weight: fc.double({ min: 0.01, max: 3, noNaN: true }),
    })
    .map(({ initiatorId, daysBefore, weight }): TieContribution => ({
      eventId: `e-${source}-${daysBefore}-${weight}`,
      sourceId: `s-${source}-${daysBefore}-${weight}`,
      source,
      personA: ana,
      personB: ben,
      initiatorId,
      occurredAt: asOf - daysBefore * MS_PER_DAY,
      weight,
    }));

/** What a read model keeps of a pair: one sum of epoch weights and who initiated how many. */
const sumsOf = (contributions: readonly TieContribution[]) => ({
  epochWeightSum: contributions.reduce((sum, c) => sum + epochWeight(c.weight, c.occurredAt, p), 0),
  byAna: contributions.filter((c) => c.initiatorId === ana).length,
  byBen: contributions.filter((c) => c.initiatorId === ben).length,
});

// SPEC §6.2 is computed once, by scoreOf: strengthFromSums (the read models' closed form
// over every pair) must give the score relationshipStrength and tieScoreAt give, to the tenth.
describe('strength from a pair’s sums', () => {
  it('is scoreOf with every source in one sum', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.nat(50), fc.nat(50), (sum, byAna, byBen) => {
        const sums = { interaction: sum, help: 0, introduction: 0, thank_you: 0 };
        expect(strengthFromSums(sum, byAna, byBen, asOf, p)).toBe(scoreOf(sums, byAna, byBen, asOf, p).strength);
      }),
    );
  });

  it('gives the strength of relationshipStrength and tieScoreAt for the same contributions', () => {
    fc.assert(
      fc.property(fc.array(contribution('interaction'), { maxLength: 30 }), (contributions) => {
        const { epochWeightSum, byAna, byBen } = sumsOf(contributions);
        const fromSums = strengthFromSums(epochWeightSum, byAna, byBen, asOf, p);
        expect(fromSums).toBe(relationshipStrength(ana, ben, contributions, asOf, p).strength);
        expect(fromSums).toBe(tieScoreAt(ana, ben, contributions, asOf, p).strength);
      }),
    );
  });

  it('agrees with the per-source sums of relationshipStrength when help, introductions and notes count too', () => {
    const anySource = fc.oneof(contribution('interaction'), contribution('help'), contribution('introduction'), contribution('thank_you'));
    fc.assert(
      fc.property(fc.array(anySource, { maxLength: 30 }), (contributions) => {
        const { epochWeightSum, byAna, byBen } = sumsOf(contributions);
        expect(strengthFromSums(epochWeightSum, byAna, byBen, asOf, p)).toBe(
          relationshipStrength(ana, ben, contributions, asOf, p).strength,
        );
      }),
    );
  });
});
