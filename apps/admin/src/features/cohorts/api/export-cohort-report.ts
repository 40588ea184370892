import type { ReportFormat } from '@rapport/contracts';
import { apiDownload } from '../../../lib/api-client';
import { cohortPaths } from './cohort-schemas';

/** Downloads the cohort report, named after the cohort and the as-of day; the API records the export as an event. */
export function exportCohortReport(cohortId: string, format: ReportFormat, asOf: string | undefined) {
  return apiDownload({ path: cohortPaths.report, params: { id: cohortId, format }, query: { asOf } }, `cohort-report.${format}`);
}
