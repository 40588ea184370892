/** Instants inside the domain are epoch milliseconds; the clock always comes in from outside. */
export type EpochMs = number;

export const MS_PER_DAY = 86_400_000;

export const toEpochMs = (iso: string): EpochMs => Date.parse(iso);
export const toIso = (ms: EpochMs): string => new Date(ms).toISOString();
