import { stringify } from 'csv-stringify/sync';
import { spreadsheetSafeCast, summaryMetricKeys } from '@rapport/contracts';
import type { CohortReportData } from './report-data';

/** The CSV header: who, then baseline / current / change for every metric. */
export function cohortCsvHeader(): string[] {
  return ['person_id', 'name', 'department', ...summaryMetricKeys.flatMap((k) => [`${k}_baseline`, `${k}_current`, `${k}_change`])];
}

/** One row per participant: baseline, current and change of every metric (SPEC §7). */
export function cohortReportCsv(report: CohortReportData): Buffer {
  const rows = report.participants.items.map((p) => [
    p.personId,
    p.displayName,
    p.department,
    ...summaryMetricKeys.flatMap((k) => {
      const m = p.metrics[k];
      return [m?.baseline ?? '', m?.current ?? '', m?.change ?? ''];
    }),
  ]);
  return Buffer.from(stringify([cohortCsvHeader(), ...rows], { cast: spreadsheetSafeCast }), 'utf8');
}
