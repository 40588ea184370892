import {
  categoriesOf,
  diversityDimensions,
  type DiversityDimension,
  type OrganisationCategories,
  type PersonProfile,
} from './person-profile';

/** One active tie as diversity sees it: the counterpart and the tie's strength S. */
export interface WeightedTie {
  readonly counterpart: PersonProfile;
  readonly strength: number;
}

export interface Diversity {
  /** Normalised Blau index per dimension, 0–1; null when the organisation has fewer than two categories. */
  readonly byDimension: Readonly<Record<DiversityDimension, number | null>>;
  /** Mean over the dimensions with K_d ≥ 2; null when there is none. */
  readonly composite: number | null;
}

/**
 * SPEC §6.3: strength-weighted Blau index 1 − Σ p_k² per dimension, where p_k is the
 * share of tie strength going to category k (a tie's strength is split evenly across
 * the counterpart's expertise tags; a counterpart without tags adds nothing there),
 * normalised by 1 − 1/K_d. A person without active ties has diversity 0.
 */
export function diversityOf(ties: readonly WeightedTie[], organisation: OrganisationCategories): Diversity {
  const byDimension = {} as Record<DiversityDimension, number | null>;
  const counted: number[] = [];
  for (const dimension of diversityDimensions) {
    const k = organisation[dimension].size;
    if (k < 2) {
      byDimension[dimension] = null;
      continue;
    }
    const value = blauIndex(strengthByCategory(ties, dimension)) / (1 - 1 / k);
    byDimension[dimension] = value;
    counted.push(value);
  }
  const composite = counted.length === 0 ? null : counted.reduce((a, b) => a + b, 0) / counted.length;
  return { byDimension, composite };
}

function strengthByCategory(ties: readonly WeightedTie[], dimension: DiversityDimension): Map<string, number> {
  const totals = new Map<string, number>();
  for (const tie of ties) {
    const categories = categoriesOf(tie.counterpart, dimension);
    for (const category of categories) {
      totals.set(category, (totals.get(category) ?? 0) + tie.strength / categories.length);
    }
  }
  return totals;
}

/** 1 − Σ p_k²; 0 when there is nothing to share out. */
export function blauIndex(weights: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const w of weights.values()) total += w;
  if (total <= 0) return 0;
  let concentration = 0;
  for (const w of weights.values()) concentration += (w / total) ** 2;
  return 1 - concentration;
}
