import type { TieScore } from './relationship-strength';
import { isActiveTie, tierThresholds } from './tier';

export interface NetworkSummary {
  /** Active ties (S ≥ 10). */
  readonly size: number;
  /** Ties with S ≥ 60. */
  readonly strongTies: number;
  /** Ties with S ≥ 80 and reciprocity ≥ 0.5: the people who would help without being asked. */
  readonly supportSystem: number;
}

/** SPEC §6.3, first line: counts over a person's ties as of one instant. */
export function networkSummary(ties: readonly TieScore[]): NetworkSummary {
  let size = 0;
  let strongTies = 0;
  let supportSystem = 0;
  for (const tie of ties) {
    if (!isActiveTie(tie.strength)) continue;
    size++;
    if (tie.strength >= tierThresholds.strong) strongTies++;
    if (tie.strength >= tierThresholds.core && tie.reciprocity >= 0.5) supportSystem++;
  }
  return { size, strongTies, supportSystem };
}
