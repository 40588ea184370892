import { resolve } from 'node:path';
import type { RapportClient } from '../api-client';
import { parseMapOption, resolveColumns } from '../csv/column-map';
import { readCsv, writeRejects } from '../csv/read-csv';
import { printRejections, printSummary, type CliIo, type Rejection } from '../io';
import { importDrafts, type DraftItem, type InteractionsOutcome, type SendOptions } from '../interactions/import-drafts';
import { draftFromRow, interactionFields, isRejection, requiredInteractionFields } from '../interactions/interaction-rows';

export interface ImportInteractionsOptions extends SendOptions {
  readonly file: string;
  readonly map?: string;
  readonly rejects?: string;
}

export interface ImportInteractionsSummary extends InteractionsOutcome {
  rows: number;
}

/** `rapport import interactions FILE`: one row per interaction, resumable without duplicates. */
export async function importInteractions(
  client: RapportClient,
  options: ImportInteractionsOptions,
  io: CliIo,
): Promise<ImportInteractionsSummary> {
  const { headers, rows } = await readCsv(resolve(io.cwd, options.file));
  const { columns, problems } = resolveColumns(interactionFields, headers, parseMapOption(options.map));
  const missing = requiredInteractionFields.filter((f) => !columns.has(f));
  if (problems.length > 0 || missing.length > 0) {
    throw new Error([...problems, ...missing.map((f) => `no column for ${f}: name it with --map ${f}=<header>`)].join('\n'));
  }
  const drafts = rows.map((row) => ({ row, draft: draftFromRow(row, columns) }));
  const items: DraftItem[] = [];
  const early: Rejection[] = [];
  for (const { row, draft } of drafts) {
    if (isRejection(draft)) early.push(draft);
    else items.push({ line: row.line, draft, row: row.values });
  }
  const outcome = await importDrafts(client, items, options, io);
  outcome.rejected.push(...early);
  outcome.rejected.sort((a, b) => a.line - b.line);

  if (options.rejects && outcome.rejected.length > 0) await writeRejects(resolve(io.cwd, options.rejects), headers, outcome.rejected);
  printSummary(
    io,
    options.dryRun ? 'Interactions import (dry run: nothing was sent)' : 'Interactions import',
    [
      ['rows read', rows.length],
      [options.dryRun ? 'would import' : 'imported', options.dryRun ? outcome.ready : outcome.imported],
      ['already imported', outcome.alreadyImported],
      ['rejected', outcome.rejected.length],
    ],
    outcome.stopped ? ['stopped early: run the same command again to finish (nothing is imported twice)'] : [],
  );
  printRejections(io, outcome.rejected);
  return { ...outcome, rows: rows.length };
}
