import { routes, type ReportFormat } from '@rapport/contracts';
import { apiDownload } from '../../../lib/api-client';

/** Downloads the cohort report, named after the cohort and the as-of day; the API records the export as an event. */
export function exportCohortReport(cohortId: string, format: ReportFormat, asOf: string | undefined) {
  return apiDownload({ path: routes.cohortReport.path, params: { id: cohortId, format }, query: { asOf } }, `cohort-report.${format}`);
}
