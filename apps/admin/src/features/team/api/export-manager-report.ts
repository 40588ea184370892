import { routes, type ReportFormat } from '@rapport/contracts';
import { apiDownload } from '../../../lib/api-client';

/** Downloads the manager report (aggregates only, k-anonymous), named after the manager and the as-of day; recorded as an event. */
export function exportManagerReport(managerId: string, format: ReportFormat, asOf: string | undefined) {
  return apiDownload({ path: routes.managerReport.path, params: { id: managerId, format }, query: { asOf } }, `manager-report.${format}`);
}
