import type { GroupFigures, ManagerDashboardResponse } from '@rapport/contracts';

/** The manager dashboard contract (SPEC §6.6, k-anonymous). */
export type TeamDashboardView = ManagerDashboardResponse;
export type { GroupFigures };
export type SuppressionReason = Extract<ManagerDashboardResponse['organisation'], { suppressed: true }>['reason'];
