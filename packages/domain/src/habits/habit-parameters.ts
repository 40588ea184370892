/** Constants of the habit scorecard (SPEC §6.5, docs/metrics.md §6.5). Defaults; a deployment may pass its own. */
export interface HabitParameters {
  /** Habits look at the window [T − windowDays, T]. */
  readonly windowDays: number;
  /** Felt heard is null with fewer ratings than this. */
  readonly minFeltHeardRatings: number;
  /** A 1–5 rating becomes 0–100 by this factor. */
  readonly feltHeardScale: number;
  /** A target counts as reached once S(a, target) reaches this. */
  readonly targetReachedStrength: number;
  /** A first meeting counts as thanked when a's note follows within this many days. */
  readonly thankYouWithinDays: number;
}

export const defaultHabitParameters: HabitParameters = {
  windowDays: 90,
  minFeltHeardRatings: 3,
  feltHeardScale: 20,
  targetReachedStrength: 30,
  thankYouWithinDays: 7,
};
