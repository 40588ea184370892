import type { CohortParticipantsResponse, CohortSeriesResponse, CohortSummaryResponse, ManagerDashboardResponse } from '@rapport/contracts';

/** Everything a cohort report shows: the API's own answers for one cohort as of one instant. */
export interface CohortReportData {
  readonly summary: CohortSummaryResponse;
  readonly participants: CohortParticipantsResponse;
  readonly series: CohortSeriesResponse;
  /** Every department of the organisation (GET /v1/org/departments): departments are coloured as in the app. */
  readonly departments: readonly string[];
  /** When the file was produced (shown on the cover). */
  readonly generatedAt: string;
}

/** A manager report holds the k-anonymous dashboard only: no person appears in it. */
export interface ManagerReportData {
  readonly dashboard: ManagerDashboardResponse;
  readonly generatedAt: string;
}

export const day = (iso: string): string => iso.slice(0, 10);

/** Why a group is withheld, in a programme director's words (docs/privacy.md): short enough for a table cell. */
export function withheldInWords(reason: 'fewer_than_k' | 'complementary' | 'differencing', k: number): string {
  switch (reason) {
    case 'fewer_than_k':
      return `withheld: fewer than ${k} people`;
    case 'complementary':
      return `withheld: protects a group under ${k}`;
    case 'differencing':
      return `withheld: a difference under ${k}`;
  }
}

/** Numbers as people read them: integers plain, others to two decimals; blank for none. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

export function signed(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return `${value > 0 ? '+' : ''}${formatNumber(value)}`;
}
