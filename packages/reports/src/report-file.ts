import type { ReportFormat } from '@rapport/contracts';
import { cohortReportCsv } from './cohort-csv';
import { cohortReportPdf } from './cohort-pdf';
import { cohortReportXlsx } from './cohort-xlsx';
import { managerReportCsv, managerReportXlsx } from './manager-report';
import { managerReportPdf } from './manager-pdf';
import type { CohortReportData, ManagerReportData } from './report-data';

export const contentTypes: Record<ReportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export function cohortReportFile(report: CohortReportData, format: ReportFormat): Promise<Buffer> {
  if (format === 'csv') return Promise.resolve(cohortReportCsv(report));
  return format === 'xlsx' ? cohortReportXlsx(report) : cohortReportPdf(report);
}

export function managerReportFile(report: ManagerReportData, format: ReportFormat): Promise<Buffer> {
  if (format === 'csv') return Promise.resolve(managerReportCsv(report));
  return format === 'xlsx' ? managerReportXlsx(report) : managerReportPdf(report);
}

/** A file name people can keep: subject and date, nothing else. */
export const reportFileName = (subject: string, asOf: string, format: ReportFormat): string =>
  `${
    subject
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'report'
  }-${asOf.slice(0, 10)}.${format}`;
