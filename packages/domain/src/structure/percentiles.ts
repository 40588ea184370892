/**
 * The q-th percentile (0–100) of the values by linear interpolation between the closest
 * ranks — NumPy's default (`numpy.percentile`, method "linear"). Null for no values.
 */
export function percentile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = ((sorted.length - 1) * q) / 100;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower]!;
  return low + (sorted[upper]! - low) * (position - lower);
}

/**
 * Percentile rank of each value: the share of values at or below it, in percent
 * (`scipy.stats.percentileofscore(..., kind="weak")`). Values within a relative 1e-9
 * of each other count as equal, so people with the same score share a rank.
 */
export function percentileRanks(values: ReadonlyMap<string, number>): Map<string, number> {
  const sorted = [...values.values()].sort((a, b) => a - b);
  const n = sorted.length;
  const ranks = new Map<string, number>();
  for (const [key, value] of values) {
    const limit = value + Math.abs(value) * 1e-9;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! <= limit) lo = mid + 1;
      else hi = mid;
    }
    ranks.set(key, (100 * lo) / n);
  }
  return ranks;
}
