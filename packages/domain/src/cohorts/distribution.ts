import { percentile } from '../structure/percentiles';

export interface Distribution {
  /** How many people had a value (nulls are left out). */
  readonly n: number;
  readonly p25: number | null;
  readonly median: number | null;
  readonly p75: number | null;
}

const round2 = (x: number | null): number | null => (x === null ? null : Math.round(x * 100) / 100);

/**
 * SPEC §6.6: median and quartiles of a group's values, by linear interpolation between
 * closest ranks (docs/metrics.md §6.6); people without a value are not counted.
 */
export function distributionOf(values: ReadonlyArray<number | null>): Distribution {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return {
    n: known.length,
    p25: round2(percentile(known, 25)),
    median: round2(percentile(known, 50)),
    p75: round2(percentile(known, 75)),
  };
}

export interface MetricComparison {
  readonly baseline: Distribution;
  readonly current: Distribution;
  /** Median now − median at baseline; null when either is unknown. */
  readonly change: number | null;
  /** People with a value at both instants, and how many of them rose. */
  readonly compared: number;
  readonly improved: number;
}

/**
 * One metric over a group at two instants, person by person (same order in both arrays).
 * `better: 'lower'` for metrics where a fall is the improvement (Burt's constraint).
 */
export function compareMetric(
  baseline: ReadonlyArray<number | null>,
  current: ReadonlyArray<number | null>,
  better: 'higher' | 'lower' = 'higher',
): MetricComparison {
  const before = distributionOf(baseline);
  const after = distributionOf(current);
  let compared = 0;
  let improved = 0;
  baseline.forEach((b, i) => {
    const c = current[i];
    if (b === null || c === null || c === undefined) return;
    compared++;
    if (better === 'higher' ? c > b : c < b) improved++;
  });
  return {
    baseline: before,
    current: after,
    change: before.median === null || after.median === null ? null : round2(after.median - before.median),
    compared,
    improved,
  };
}
