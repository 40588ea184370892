import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { EventEnvelope } from '@rapport/contracts';
import { freePort, startProcess, testMasterKey, waitFor } from '@rapport/test-support';
import { RapportClient } from '../src/api-client';
import { importPeople } from '../src/commands/import-people';
import type { CliIo } from '../src/io';

type EventLogPage = { readonly items: EventEnvelope[]; readonly nextAfter: string | null };

/** The event-service the commands talk to, reached as the CLI reaches it: over HTTP. */
export interface ServiceUnderTest {
  readonly url: string;
  token(role: 'admin' | 'manager' | 'participant', personId?: string): Promise<string>;
  request(method: string, path: string, options?: { token?: string; body?: unknown }): Promise<{ status: number; body: any }>;
}

export interface CliHarness {
  readonly app: ServiceUnderTest;
  readonly client: RapportClient;
  readonly io: CliIo;
  readonly dir: string;
  /** Everything the commands printed, one entry per line. */
  readonly lines: string[];
  file(name: string, content: string): Promise<string>;
  /** Events in the store by type. */
  eventCounts(): Promise<Record<string, number>>;
  /** The stored events of one type, oldest first, as the admin's event log shows them. */
  events(type: string): Promise<EventEnvelope[]>;
  close(): Promise<void>;
}

/** A real embedded event-service (PGlite in memory, in-process worker) in a process of its own on a free port, and a CLI pointed at it. */
export async function startCliHarness(): Promise<CliHarness> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const service = startProcess('embedded', {
    PORT: String(port),
    HOST: '127.0.0.1',
    RAPPORT_DATA_DIR: ':memory:',
    RAPPORT_SEED_DEMO: 'false',
    RAPPORT_MASTER_KEY: testMasterKey,
    AUTH_MODE: 'dev',
    // The commands post as fast as they can; the rate limit has its own test.
    RATE_LIMIT_PER_MINUTE: '0',
    LOG_LEVEL: 'warn',
  });
  try {
    await waitFor(
      async () => (await fetch(`${url}/health/ready`)).ok,
      'the embedded service answering',
      90_000,
      service.output,
      service.process,
    );
  } catch (error) {
    await service.stop();
    throw error;
  }

  const app: ServiceUnderTest = {
    url,
    async token(role, personId) {
      const r = await new RapportClient(url, null).request<{ token: string }>('POST', '/v1/auth/dev-token', {
        body: { role, ...(personId ? { personId } : {}) },
      });
      return r.body.token;
    },
    request: (method, path, o = {}) =>
      new RapportClient(url, o.token ?? null).request(method, path, o.body !== undefined ? { body: o.body } : {}),
  };
  const admin = new RapportClient(url, await app.token('admin'));
  const eventLog = async (type?: string): Promise<EventEnvelope[]> => {
    const events: EventEnvelope[] = [];
    let after: string | null = '0';
    while (after !== null) {
      const page: EventLogPage = (
        await admin.request<EventLogPage>('GET', `/v1/events?limit=500&after=${after}${type ? `&type=${type}` : ''}`)
      ).body;
      events.push(...page.items);
      after = page.nextAfter;
    }
    return events;
  };

  const dir = await mkdtemp(join(tmpdir(), 'rapport-cli-'));
  const lines: string[] = [];
  const io: CliIo = {
    out: (line) => lines.push(line),
    err: (line) => lines.push(line),
    progressStream: new PassThrough().resume(),
    env: { RAPPORT_URL: url },
    cwd: dir,
  };
  return {
    app,
    client: admin,
    io,
    dir,
    lines,
    async file(name, content) {
      await writeFile(join(dir, name), content);
      return name;
    },
    async eventCounts() {
      const counts: Record<string, number> = {};
      for (const event of await eventLog()) counts[event.type] = (counts[event.type] ?? 0) + 1;
      return counts;
    },
    events: (type) => eventLog(type),
    async close() {
      await service.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export const peopleCsv = (rows: ReadonlyArray<readonly string[]>) =>
  ['Name,E-mail,Department,Function,Office,Level,Skills,Manager Email', ...rows.map((r) => r.join(','))].join('\n') + '\n';

/** Imports people named `names` (e-mail `name@example.com`, one department, office and level) through `rapport import people`. */
export async function importColleagues(h: CliHarness, names: readonly string[]): Promise<void> {
  const file = await h.file(
    'people.csv',
    peopleCsv(names.map((n) => [n, `${n}@example.com`, 'Finance', 'Controlling', 'Lisbon', '3', '', ''])),
  );
  await importPeople(h.client, { file }, h.io);
}
