import type { EpochMs } from '../shared/clock';
import { intensityAt } from './intensity';
import { reciprocity } from './reciprocity';
import type { StrengthParameters } from './strength-parameters';

/**
 * S(a, b, T) from a pair's aggregated contributions (SPEC §6.2): the sum of epoch
 * weights up to T and how many contributions each side initiated. The same formula as
 * `relationshipStrength`, without the explanation — for scoring every pair at once.
 */
export function strengthFromSums(
  epochWeightSum: number,
  initiatedByA: number,
  initiatedByB: number,
  asOf: EpochMs,
  p: StrengthParameters,
): number {
  const intensity = intensityAt(epochWeightSum, asOf, p);
  const r = reciprocity(initiatedByA, initiatedByB);
  const raw = 100 * (1 - Math.exp(-intensity / p.intensityScale)) * (p.reciprocityFloor + (1 - p.reciprocityFloor) * r);
  return Math.round(raw * 10) / 10;
}
