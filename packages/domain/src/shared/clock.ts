/** Instants inside the domain are epoch milliseconds; the clock always comes in from outside. */
export type EpochMs = number;

export const MS_PER_DAY = 86_400_000;

export const toEpochMs = (iso: string): EpochMs => Date.parse(iso);
export const toIso = (ms: EpochMs): string => new Date(ms).toISOString();

export const MS_PER_WEEK = 7 * MS_PER_DAY;
/** Monday 1970-01-05, 00:00 UTC: weeks start on Mondays at midnight UTC. */
const FIRST_MONDAY = Date.UTC(1970, 0, 5);

/** The start of the week that holds `t` (Monday, 00:00 UTC). */
export const weekStartOf = (t: EpochMs): EpochMs => t - ((((t - FIRST_MONDAY) % MS_PER_WEEK) + MS_PER_WEEK) % MS_PER_WEEK);
