import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { leastActiveEpochWeightSum } from './intensity';
import { scoreOf } from './relationship-strength';
import { defaultStrengthParameters, type StrengthParameters } from './strength-parameters';
import { isActiveTie } from './tier';

const asOf = fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2040, 0, 1) });
const initiated = fc.integer({ min: 0, max: 50 });
const parameters = fc.record({
  intensityScale: fc.double({ min: 0.5, max: 10, noNaN: true }),
  reciprocityFloor: fc.double({ min: 0, max: 1.5, noNaN: true }),
  halfLifeDays: fc.integer({ min: 7, max: 720 }),
});
const withParameters = (q: { intensityScale: number; reciprocityFloor: number; halfLifeDays: number }): StrengthParameters => ({
  ...defaultStrengthParameters,
  ...q,
});

describe('the least epoch-weight sum of an active tie', () => {
  it('is never above the sum of a tie that is active at T, whatever its reciprocity and the parameters', () => {
    fc.assert(
      fc.property(parameters, asOf, initiated, initiated, fc.double({ min: 0, max: 50, noNaN: true }), (q, t, a, b, intensity) => {
        const p = withParameters(q);
        // The sums of a tie with this intensity at T, all of it from interactions.
        const sum = intensity * 2 ** ((t - p.epochMs) / (p.halfLifeDays * 86_400_000));
        const { strength } = scoreOf({ interaction: sum, help: 0, introduction: 0, thank_you: 0 }, a, b, t, p);
        if (isActiveTie(strength)) expect(sum).toBeGreaterThanOrEqual(leastActiveEpochWeightSum(t, p));
      }),
      { numRuns: 2000 },
    );
  });

  it('is close to the exact bound: a fully reciprocal tie 1 % above it is active', () => {
    fc.assert(
      fc.property(asOf, fc.integer({ min: 1, max: 50 }), (t, n) => {
        const p = defaultStrengthParameters;
        const sum = leastActiveEpochWeightSum(t, p) * 1.01;
        expect(isActiveTie(scoreOf({ interaction: sum, help: 0, introduction: 0, thank_you: 0 }, n, n, t, p).strength)).toBe(true);
      }),
    );
  });

  it('keeps the tie at exactly S = 10 once rounded', () => {
    const p = defaultStrengthParameters;
    const t = Date.UTC(2026, 5, 1);
    // Full reciprocity: S = 100 · (1 − e^(−I/3)); S rounds to 10.0 from 9.95 up.
    const intensity = -3 * Math.log(1 - 0.0995);
    const sum = intensity * 2 ** ((t - p.epochMs) / (p.halfLifeDays * 86_400_000));
    expect(scoreOf({ interaction: sum, help: 0, introduction: 0, thank_you: 0 }, 1, 1, t, p).strength).toBe(10);
    expect(sum).toBeGreaterThan(leastActiveEpochWeightSum(t, p));
  });
});
