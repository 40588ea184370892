import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '../../../lib/api-client';
import { cohortPaths } from './cohort-schemas';

export type ReportFormat = 'csv' | 'xlsx' | 'pdf';

/** Downloads the cohort report; the API records the export as an event. */
export function exportCohortReport(cohortId: string, format: ReportFormat, asOf: string | undefined) {
  return apiDownload({ path: cohortPaths.report, params: { id: cohortId, format }, query: { asOf } }, `cohort-report.${format}`);
}

export function useExportCohortReport(cohortId: string, asOf: string | undefined) {
  return useMutation({ mutationFn: (format: ReportFormat) => exportCohortReport(cohortId, format, asOf) });
}
