import type { ManagerDashboardResponse } from '@rapport/contracts';
import type { StrengthParameters } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import { managerDashboardAt, type KeptPersonalText } from '@rapport/read-models';
import { HttpProblemError } from '../http/http-error';

/** A manager's dashboard (read-models' managerDashboardAt); 404 for an unknown person. */
export async function managerDashboard(
  db: SqlExecutor,
  names: KeptPersonalText,
  managerId: string,
  asOf: number,
  k: number,
  strength: StrengthParameters,
): Promise<ManagerDashboardResponse> {
  const dashboard = await managerDashboardAt(db, managerId, asOf, k, strength, names);
  if (!dashboard) throw new HttpProblemError('not_found', `person ${managerId} is not known`);
  return dashboard;
}
