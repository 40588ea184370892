import { managerDashboardResponse, type GroupFigures, type ManagerDashboardResponse } from '@rapport/contracts';

/** The manager dashboard contract (SPEC §6.6, k-anonymous). */
export const teamDashboard = managerDashboardResponse;
export type TeamDashboardView = ManagerDashboardResponse;
export type { GroupFigures };
export type SuppressionReason = Extract<ManagerDashboardResponse['organisation'], { suppressed: true }>['reason'];
