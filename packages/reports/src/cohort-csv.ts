import { stringify } from 'csv-stringify/sync';
import { metricLabels, spreadsheetSafeCast, summaryMetricKeys } from '@rapport/contracts';
import { day, type CohortReportData } from './report-data';

/** The CSV header, in words a programme director reads: the cohort and instant, who, then each metric at baseline, now and its change. */
export function cohortCsvHeader(): string[] {
  return [
    'Cohort',
    'As of',
    'Person id',
    'Name',
    'Department',
    ...summaryMetricKeys.flatMap((k) => [`${metricLabels[k]} at baseline`, `${metricLabels[k]} now`, `${metricLabels[k]} change`]),
  ];
}

/** One row per participant, each naming the cohort and the as-of day (a row still says what it is when copied elsewhere) (SPEC §7). */
export function cohortReportCsv(report: CohortReportData): Buffer {
  const { name, asOf } = report.summary;
  const rows = report.participants.items.map((p) => [
    name,
    day(asOf),
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
