import { MS_PER_DAY, type EpochMs } from '../shared/clock';
import type { StrengthParameters } from './strength-parameters';

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
