import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

/**
 * The instant every metric is computed "as of" (SPEC §6). `day` is a calendar day
 * (YYYY-MM-DD) picked in the layout, or null for "now"; metric queries send the end
 * of that day in the viewer's time zone.
 */
export interface AsOf {
  readonly day: string | null;
  readonly instant: string | undefined;
  setDay(day: string | null): void;
}

const AsOfContext = createContext<AsOf | null>(null);

export function endOfDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1, 23, 59, 59, 999).toISOString();
}

export function AsOfProvider({ children, initialDay = null }: { children: ReactNode; initialDay?: string | null }) {
  const [day, setDay] = useState<string | null>(initialDay);
  const value = useMemo<AsOf>(() => ({ day, instant: day ? endOfDay(day) : undefined, setDay }), [day]);
  return <AsOfContext.Provider value={value}>{children}</AsOfContext.Provider>;
}

export function useAsOf(): AsOf {
  const value = useContext(AsOfContext);
  if (!value) throw new Error('useAsOf needs an AsOfProvider');
  return value;
}
