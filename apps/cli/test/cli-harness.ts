import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { startTestApp, type TestApp } from '../../event-service/test/test-app';
import { RapportClient } from '../src/api-client';
import type { CliIo } from '../src/io';

export interface CliHarness {
  readonly app: TestApp;
  readonly client: RapportClient;
  readonly io: CliIo;
  readonly dir: string;
  /** Everything the commands printed, one entry per line. */
  readonly lines: string[];
  file(name: string, content: string): Promise<string>;
  /** Events in the store by type. */
  eventCounts(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

/** A real event-service (PGlite in memory, in-process worker) on a free port, and a CLI pointed at it. */
export async function startCliHarness(options: { now?: () => number } = {}): Promise<CliHarness> {
  const app = await startTestApp(options.now ? { now: options.now } : {});
  const client = new RapportClient(app.url, await app.token('admin'));
  const dir = await mkdtemp(join(tmpdir(), 'rapport-cli-'));
  const lines: string[] = [];
  const io: CliIo = {
    out: (line) => lines.push(line),
    err: (line) => lines.push(line),
    progressStream: new PassThrough().resume(),
    env: { RAPPORT_URL: app.url },
    cwd: dir,
  };
  return {
    app,
    client,
    io,
    dir,
    lines,
    async file(name, content) {
      await writeFile(join(dir, name), content);
      return name;
    },
    async eventCounts() {
      const { rows } = await app.runtime.db.query<{ type: string; count: string }>('SELECT type, count(*) AS count FROM events GROUP BY type');
      return Object.fromEntries(rows.map((r) => [r.type, Number(r.count)]));
    },
    async close() {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export const peopleCsv = (rows: ReadonlyArray<readonly string[]>) =>
  ['Name,E-mail,Department,Function,Office,Level,Skills,Manager Email', ...rows.map((r) => r.join(','))].join('\n') + '\n';
