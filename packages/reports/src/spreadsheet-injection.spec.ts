import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { cohortReportCsv } from './cohort-csv';
import { cohortReportXlsx } from './cohort-xlsx';
import { managerReportCsv, managerReportXlsx } from './manager-report';
import { cohortReportFixture, managerDashboardFixture } from './report-fixture';

/** Names and departments a spreadsheet would run as formulas (OWASP's CSV injection list). */
const hostile = ['=HYPERLINK("http://x.invalid","y")', '+1+1', '-2+3', '@SUM(1)', "=cmd|' /C calc'!A0", '\t=1+1', '\r=1+1', 'Plain Name'];
const asText = (value: string) => (value === 'Plain Name' ? value : `'${value}`);

const cohort = cohortReportFixture();
const items = cohort.participants.items.map((p, i) => ({ ...p, displayName: hostile[i]!, department: hostile[(i + 1) % hostile.length]! }));
const attackedCohort = { ...cohort, summary: { ...cohort.summary, name: hostile[0]! }, participants: { ...cohort.participants, items } };
const dashboard = managerDashboardFixture();
const attackedManager = {
  generatedAt: '2026-05-04T08:00:00.000Z',
  dashboard: {
    ...dashboard,
    managerName: hostile[4]!,
    departments: dashboard.departments.map((d, i) => ({ ...d, department: hostile[i]! })),
  },
};

describe('exported files opened in a spreadsheet (CSV injection)', () => {
  it('cohort CSV: a name or department that starts like a formula is written as text, numbers stay numbers', () => {
    const rows = parse(cohortReportCsv(attackedCohort), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.Name)).toEqual(items.map((p) => asText(p.displayName)));
    expect(rows.map((r) => r.Department)).toEqual(items.map((p) => asText(p.department)));
    expect(new Set(rows.map((r) => r.Cohort))).toEqual(new Set([asText(hostile[0]!)]));
    const changes = rows.flatMap((r) =>
      Object.entries(r)
        .filter(([column]) => column.endsWith(' change'))
        .map(([, v]) => v),
    );
    expect(changes.some((v) => v.startsWith('-'))).toBe(true); // a fall is a negative number, not text
    expect(changes.filter((v) => v !== '').every((v) => Number.isFinite(Number(v)))).toBe(true);
  });

  it('manager CSV: department names are written as text', () => {
    const rows = parse(managerReportCsv(attackedManager), { columns: true }) as Record<string, string>[];
    expect(rows.slice(1).map((r) => r.Group)).toEqual(attackedManager.dashboard.departments.map((d) => asText(d.department)));
    expect(new Set(rows.map((r) => r['Organisation of']))).toEqual(new Set([asText(hostile[4]!)]));
  });

  it('XLSX keeps the same values as plain strings, never formulas', async () => {
    for (const [file, sheet] of [
      [await cohortReportXlsx(attackedCohort), 'Participants'],
      [await managerReportXlsx(attackedManager), 'Departments'],
    ] as const) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(file as unknown as ExcelJS.Buffer);
      const cells: ExcelJS.Cell[] = [];
      book.getWorksheet(sheet)!.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
      const hostileCells = cells.filter((cell) => typeof cell.value === 'string' && hostile.includes(cell.value));
      expect(hostileCells.length).toBeGreaterThan(0);
      for (const cell of hostileCells) expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cells.some((cell) => cell.type === ExcelJS.ValueType.Formula)).toBe(false);
    }
  });
});
