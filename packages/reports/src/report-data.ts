import type { CohortParticipantsResponse, CohortSeriesResponse, CohortSummaryResponse, ManagerDashboardResponse } from '@rapport/contracts';

/** Everything a cohort report shows: the API's own answers for one cohort as of one instant. */
export interface CohortReportData {
  readonly summary: CohortSummaryResponse;
  readonly participants: CohortParticipantsResponse;
  readonly series: CohortSeriesResponse;
  /** When the file was produced (shown on the cover). */
  readonly generatedAt: string;
}

/** A manager report holds the k-anonymous dashboard only: no person appears in it. */
export interface ManagerReportData {
  readonly dashboard: ManagerDashboardResponse;
  readonly generatedAt: string;
}

export const day = (iso: string): string => iso.slice(0, 10);

/** Numbers as people read them: integers plain, others to two decimals; blank for none. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

export function signed(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return `${value > 0 ? '+' : ''}${formatNumber(value)}`;
}
