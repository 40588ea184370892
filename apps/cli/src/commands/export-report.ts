import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describeProblem, type RapportClient } from '../api-client';
import { printSummary, type CliIo } from '../io';
import { Progress } from '../progress';

export const reportFormats = ['csv', 'xlsx', 'pdf'] as const;

export interface ExportCohortOptions {
  readonly cohortId: string;
  readonly format: (typeof reportFormats)[number];
  readonly out: string;
  readonly asOf?: string;
}

/**
 * `rapport export cohort <id>`: asks the service for the report (which records the export)
 * and writes it to a file, with a progress bar over the download.
 */
export async function exportCohortReport(
  client: RapportClient,
  o: ExportCohortOptions,
  io: CliIo,
): Promise<{ file: string; bytes: number }> {
  const query = o.asOf ? `?asOf=${encodeURIComponent(o.asOf)}` : '';
  io.err(`preparing the ${o.format.toUpperCase()} report of cohort ${o.cohortId}…`);
  const response = await client.download(`/v1/cohorts/${encodeURIComponent(o.cohortId)}/report.${o.format}${query}`);
  if (response.status !== 200 || !response.body) {
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: reported as text
    }
    throw new Error(`export: ${describeProblem({ status: response.status, body, replayed: false })}`);
  }
  const total = Number(response.headers.get('content-length') ?? 0);
  const progress = new Progress('downloading', 'KB', { stream: io.progressStream, always: io.alwaysDrawProgress ?? false });
  progress.start(Math.max(Math.ceil(total / 1024), 1));
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const before = Math.floor(bytes / 1024);
      bytes += chunk.length;
      progress.advance(Math.floor(bytes / 1024) - before);
      done(null, chunk);
    },
  });
  const file = resolve(io.cwd, o.out);
  await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), counter, createWriteStream(file));
  const run = progress.stop();
  printSummary(io, 'Export', [
    ['cohort', o.cohortId],
    ['format', o.format],
    ['bytes', bytes],
    ['file', file],
    ['seconds', run.seconds.toFixed(1)],
  ]);
  return { file, bytes };
}
