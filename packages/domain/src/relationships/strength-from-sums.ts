import type { EpochMs } from '../shared/clock';
import { scoreOf } from './relationship-strength';
import type { StrengthParameters } from './strength-parameters';

/**
 * S(a, b, T) from a pair's aggregated contributions (SPEC §6.2): the sum of epoch
 * weights up to T and how many contributions each side initiated — `scoreOf` with every
 * source in one sum, for scoring every pair at once.
 */
export function strengthFromSums(
  epochWeightSum: number,
  initiatedByA: number,
  initiatedByB: number,
  asOf: EpochMs,
  p: StrengthParameters,
): number {
  const sums = { interaction: epochWeightSum, help: 0, introduction: 0, thank_you: 0 };
  return scoreOf(sums, initiatedByA, initiatedByB, asOf, p).strength;
}
