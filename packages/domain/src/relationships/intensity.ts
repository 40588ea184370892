import { MS_PER_DAY, type EpochMs } from '../shared/clock';
import type { StrengthParameters } from './strength-parameters';
import { tierThresholds } from './tier';

/**
 * The commutative fixed-epoch form of decayed intensity (SPEC §6.2):
 * I(T) = Σ w_i · 2^(−(T − t_i)/H) = 2^(−(T − t0)/H) · Σ w_i · 2^((t_i − t0)/H).
 * Each event adds its own epoch weight to a sum, so events can be applied in any
 * order, by any worker; the decay to T is applied once, at query time.
 */
export function epochWeight(weight: number, occurredAt: EpochMs, p: StrengthParameters): number {
  return weight * 2 ** ((occurredAt - p.epochMs) / (p.halfLifeDays * MS_PER_DAY));
}

/** Turns a sum of epoch weights into the decayed intensity as of T. */
export function intensityAt(epochWeightSum: number, asOf: EpochMs, p: StrengthParameters): number {
  return epochWeightSum * 2 ** (-(asOf - p.epochMs) / (p.halfLifeDays * MS_PER_DAY));
}

/**
 * The least sum of epoch weights a tie can be active with at T (S ≥ 10 once rounded to
 * 0.1), whatever its reciprocity: S ≤ 100 · (1 − e^(−I / intensityScale)) · max(1,
 * reciprocityFloor), so a pair whose weights add up to less is inactive at T, and so at
 * every later instant while nothing is added. The bound is kept a little low, so that no
 * active tie is ever taken for inactive: a read may leave out the pairs below it without
 * changing any figure of active ties.
 */
export function leastActiveEpochWeightSum(asOf: EpochMs, p: StrengthParameters): number {
  const leastSaturation = (tierThresholds.weak - 0.05 - 0.001) / 100 / Math.max(1, p.reciprocityFloor);
  const leastIntensity = -p.intensityScale * Math.log(1 - leastSaturation);
  return leastIntensity * 2 ** ((asOf - p.epochMs) / (p.halfLifeDays * MS_PER_DAY));
}
