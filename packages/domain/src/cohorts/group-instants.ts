import { MS_PER_DAY, MS_PER_WEEK, weekStartOf, type EpochMs } from '../shared/clock';

/**
 * Group figures answer only at the end of a completed week (SPEC §2): an instant is
 * rounded down to the start of its week (Monday, 00:00 UTC), so that no one can step
 * through time one event at a time; the answer names the instant it is for.
 */
export const groupFiguresInstant = (asOf: EpochMs): EpochMs => weekStartOf(asOf);

/** A manager's figures compare T with one quarter earlier (the habit window, SPEC §6.5). */
export const MANAGER_BASELINE_DAYS = 90;
export const MANAGER_TREND_WEEKS = 12;

/** The instants a manager dashboard for T reads: its baseline, and the weekly trend ending at T (T last). */
export function managerDashboardInstants(asOf: EpochMs): { readonly baseline: EpochMs; readonly trend: readonly EpochMs[] } {
  const at = groupFiguresInstant(asOf);
  const trend: EpochMs[] = [];
  for (let week = MANAGER_TREND_WEEKS; week >= 0; week--) trend.push(at - week * MS_PER_WEEK);
  return { baseline: at - MANAGER_BASELINE_DAYS * MS_PER_DAY, trend };
}
