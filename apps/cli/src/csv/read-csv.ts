import { readFile, writeFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { spreadsheetSafeCast } from '@rapport/contracts';
import type { Rejection } from '../io';

export interface CsvRow {
  /** 1-based line of the record in the file (the header is line 1). */
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

/** Reads a CSV with a header row; every record keeps the line it started on. */
export async function readCsv(path: string): Promise<{ headers: string[]; rows: CsvRow[] }> {
  const text = await readFile(path, 'utf8');
  const records = parse(text, {
    columns: true,
    bom: true,
    trim: true,
    skip_empty_lines: true,
    info: true,
    relax_column_count: true,
  }) as Array<{
    record: Record<string, string>;
    info: { lines: number };
  }>;
  const headers = records[0]
    ? Object.keys(records[0].record)
    : ((parse(text, { to_line: 1, bom: true, trim: true }) as string[][])[0] ?? []);
  return { headers, rows: records.map((r) => ({ line: r.info.lines, values: r.record })) };
}

/** Writes rejected rows with their line number and reasons, for fixing and re-importing. */
export async function writeRejects(path: string, headers: readonly string[], rejections: readonly Rejection[]): Promise<void> {
  const columns = ['line', 'reasons', ...headers];
  const rows = rejections.map((r) => [String(r.line), r.reasons.join('; '), ...headers.map((h) => r.row?.[h] ?? '')]);
  await writeFile(path, stringify([columns, ...rows], { cast: spreadsheetSafeCast }));
}
