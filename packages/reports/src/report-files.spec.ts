import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { summaryMetricKeys } from '@rapport/contracts';
import { cohortCsvHeader, cohortReportCsv } from './cohort-csv';
import { COHORT_PDF_PAGES, cohortReportPdf } from './cohort-pdf';
import { cohortReportXlsx, cohortSheetNames } from './cohort-xlsx';
import { MANAGER_PDF_PAGES, managerReportPdf } from './manager-pdf';
import { managerCsvHeader, managerReportCsv, managerReportXlsx, managerSheetNames } from './manager-report';
import { cohortReportFixture, managerDashboardFixture } from './report-fixture';

const dir = mkdtempSync(join(tmpdir(), 'rapport-reports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Renders every page with poppler's pdftoppm, as a reader would, and counts the images. */
function renderPages(pdf: Buffer, name: string): string[] {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '50', file, join(dir, name)]);
  return readdirSync(dir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
}

describe('cohort report files, opened with real readers', () => {
  const report = cohortReportFixture();

  it('CSV parses with the header and one row per participant, baseline / current / change of every metric', () => {
    const rows = parse(cohortReportCsv(report), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(cohortCsvHeader());
    expect(cohortCsvHeader()).toHaveLength(5 + 3 * summaryMetricKeys.length);
    expect(rows).toHaveLength(8);
    const chloe = rows.find((r) => r.Name === 'Chloé Martin')!;
    expect(chloe).toMatchObject({
      Cohort: 'Spring leadership cohort',
      'As of': report.summary.asOf.slice(0, 10),
      Department: 'Engineering',
      'Active ties at baseline': '4',
      'Active ties now': '7',
      'Active ties change': '3',
    });
    expect(rows.every((r) => r.Cohort === 'Spring leadership cohort' && r['As of'] === report.summary.asOf.slice(0, 10))).toBe(true);
    expect(rows.find((r) => r.Name === 'Hugo Weber')!['Felt heard now']).toBe('');
    // Headers are words, never field names.
    expect(cohortCsvHeader().filter((h) => /_|\b[a-z]+[A-Z]/.test(h))).toEqual([]);
  });

  it('XLSX reads back with its four sheets, formatted header and the participants’ values', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await cohortReportXlsx(report)) as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([...cohortSheetNames]);
    const summary = book.getWorksheet('Summary')!;
    expect(summary.getRow(1).font?.bold).toBe(true);
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(summary.getCell('A2').value).toBe('Active ties');
    expect(summary.getCell('C2').value).toBe(report.summary.metrics[0]!.baseline.median);
    const participants = book.getWorksheet('Participants')!;
    expect(participants.rowCount).toBe(9);
    expect(participants.getCell('A4').value).toBe('Chloé Martin');
    expect(participants.getCell('D4').value).toBe(7);
    expect(book.getWorksheet('Weekly series')!.rowCount).toBe(1 + report.series.points.length);
    expect(book.getWorksheet('Habits')!.getCell('A2').value).toBe('Ana Ruiz');
  });

  it(`PDF renders to ${COHORT_PDF_PAGES} page images with pdftoppm`, async () => {
    const pdf = await cohortReportPdf(report);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(renderPages(pdf, 'cohort')).toHaveLength(COHORT_PDF_PAGES);
  });
});

describe('manager report files hold aggregates only', () => {
  const report = { dashboard: managerDashboardFixture(), generatedAt: '2026-05-04T08:00:00.000Z' };

  it('CSV has one row per group and writes withheld cells as withheld, never a number', () => {
    const rows = parse(managerReportCsv(report), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(managerCsvHeader());
    expect(rows.map((r) => r.Group)).toEqual(['Whole organisation', 'Engineering', 'Finance', 'Legal']);
    expect(rows.every((r) => r['Organisation of'] === 'Maria Santos' && r['As of'] === report.dashboard.asOf.slice(0, 10))).toBe(true);
    expect(
      Object.values(rows[3]!)
        .slice(3)
        .every((v) => v === 'withheld: fewer than 5 people'),
    ).toBe(true);
    expect(managerCsvHeader().filter((h) => /_|\b[a-z]+[A-Z]/.test(h))).toEqual([]);
    expect(JSON.stringify(rows)).not.toContain('Ana Ruiz');
  });

  it('XLSX reads back with organisation, departments and trend sheets', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await managerReportXlsx(report)) as unknown as ExcelJS.Buffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([...managerSheetNames]);
    expect(book.getWorksheet('Departments')!.getCell('B3').value).toBe('withheld: protects a group under 5');
  });

  it(`PDF renders to ${MANAGER_PDF_PAGES} page images, and a withheld department says why in words that fit`, async () => {
    const pdf = await managerReportPdf(report);
    expect(renderPages(pdf, 'manager')).toHaveLength(MANAGER_PDF_PAGES);
    const file = join(dir, 'manager-text.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    const legal = text.split('\n').find((line) => line.trimStart().startsWith('Legal'))!;
    // The words span the row's free columns: nothing else is printed over them.
    expect(legal.replace(/\s+/g, ' ').trim()).toBe('Legal withheld: fewer than 5 people');
    expect(text).not.toContain('fewer than k');
  });
});
