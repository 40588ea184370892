import type ExcelJS from 'exceljs';

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E8C' } };

/** Bold white header on the report blue, frozen, filtered, with widths to fit. */
export function styleSheet(sheet: ExcelJS.Worksheet, widths: readonly number[]): void {
  const header = sheet.getRow(1);
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.fill = headerFill;
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 30;
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 0 }];
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  if (sheet.rowCount > 1) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: widths.length } };
}

/** Number format for every cell of the given columns below the header. */
export function formatColumns(sheet: ExcelJS.Worksheet, columns: readonly number[], numFmt: string): void {
  for (const c of columns)
    sheet.getColumn(c).eachCell((cell, row) => {
      if (row > 1) cell.numFmt = numFmt;
    });
}
