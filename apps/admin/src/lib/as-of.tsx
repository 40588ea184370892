import { useMemo } from 'react';
import { retainSearchParams, useNavigate, useSearch } from '@tanstack/react-router';
import { z } from 'zod';

/**
 * The instant every metric is computed "as of" (SPEC §6). `day` is a calendar day
 * (YYYY-MM-DD) kept in the URL (`?asOf=2026-03-01`), so a link or a reload shows the same
 * instant, or null for "now"; metric queries send the end of that day in the viewer's time zone.
 */
export interface AsOf {
  readonly day: string | null;
  readonly instant: string | undefined;
  setDay(day: string | null): void;
}

/** `?asOf=` of every signed-in screen: a real calendar day, anything else means "now". */
export const asOfSearch = z.object({ asOf: z.iso.date().optional().catch(undefined) });
export type AsOfSearch = z.infer<typeof asOfSearch>;

/**
 * What the signed-in layout route declares so every screen under it reads `?asOf=` and
 * every link between those screens keeps it.
 */
export const asOfSearchParams = {
  validateSearch: asOfSearch,
  search: { middlewares: [retainSearchParams<AsOfSearch>(['asOf'])] },
};

export function endOfDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1, 23, 59, 59, 999).toISOString();
}

export function useAsOf(): AsOf {
  const day = useSearch({ strict: false, select: (search: Partial<AsOfSearch>) => search.asOf ?? null });
  const navigate = useNavigate();
  return useMemo<AsOf>(
    () => ({
      day,
      instant: day ? endOfDay(day) : undefined,
      // Each change of day is its own history entry: Back returns to the day before.
      setDay: (next) =>
        void navigate({ to: '.', search: ((previous: Partial<AsOfSearch>) => ({ ...previous, asOf: next ?? undefined })) as never }),
    }),
    [day, navigate],
  );
}
