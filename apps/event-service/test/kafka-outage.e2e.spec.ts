import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { repositoryRoot, startProductionStack, waitFor, type ProductionStack } from '@rapport/test-support';
import { personRequest } from './people-fixture';

/**
 * Fault: the Kafka broker goes away for more than ten seconds while people keep
 * logging interactions. The API keeps accepting (events wait in the outbox), nothing is
 * lost, and once the broker is back every event is projected exactly once.
 * A broker of its own (another port and folder) so other tests keep theirs.
 */
const run = promisify(execFile);
const KAFKA_PORT = 19092;
const kafkaDir = mkdtempSync(path.join(tmpdir(), 'rapport-outage-kafka-'));
const kafkaEnv = {
  ...process.env,
  KAFKA_PORT: String(KAFKA_PORT),
  KAFKA_CONTROLLER_PORT: String(KAFKA_PORT + 1),
  KAFKA_RUN_DIR: kafkaDir,
  KAFKA_DATA_DIR: path.join(kafkaDir, 'data'),
  KAFKA_HEAP_OPTS: '-Xms256m -Xmx256m',
};
const kafka = (command: 'start' | 'stop') =>
  run('bash', [path.join(repositoryRoot, 'infra/kafka/kafka.sh'), command], { env: kafkaEnv, timeout: 120_000 });

let stack: ProductionStack;
let sql: pg.Client;

async function count(query: string): Promise<number> {
  const { rows } = await sql.query<{ n: string }>(query);
  return Number(rows[0]!.n);
}

beforeAll(async () => {
  await kafka('start');
  stack = await startProductionStack('outage', {
    kafkaBrokers: [`127.0.0.1:${KAFKA_PORT}`],
    env: { KAFKA_SESSION_TIMEOUT_MS: '6000', STRUCTURE_INTERVAL_SECONDS: '86400', RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'info' },
  });
  sql = new pg.Client({ connectionString: stack.database.url });
  await sql.connect();
}, 300_000);

afterAll(async () => {
  await sql?.end();
  await stack?.close();
  await kafka('stop').catch(() => undefined);
  rmSync(kafkaDir, { recursive: true, force: true });
});

const post = async (pathname: string, body: unknown): Promise<number> => (await stack.api('POST', pathname, body)).status;

describe('a Kafka outage during ingest', () => {
  it('loses nothing: the API keeps accepting and every event is projected once after the broker returns', async () => {
    const people = Array.from({ length: 20 }, () => personRequest());
    for (const p of people) expect(await post('/v1/people', p)).toBe(201);
    const ids = people.map((p) => p.personId);

    const statuses: number[] = [];
    let interactions = 0;
    let ingesting = true;
    const ingest = (async () => {
      for (let i = 0; ingesting; i++) {
        const batch = Array.from({ length: 10 }, (_, j) => {
          const a = ids[(i + j) % ids.length]!;
          const b = ids[(i + 3 * j + 1) % ids.length]!;
          return {
            interactionId: randomUUID(),
            initiatorId: a,
            participantIds: a === b ? [a, ids[(i + j + 1) % ids.length]!] : [a, b],
            occurredAt: new Date(Date.now() - 60_000).toISOString(),
            channel: 'video',
            kind: 'other',
          };
        });
        statuses.push(await post('/v1/interactions/batch', { interactions: batch }));
        interactions += batch.length;
        await new Promise((r) => setTimeout(r, 100));
      }
    })();

    try {
      await new Promise((r) => setTimeout(r, 3_000));
      const stoppedAt = Date.now();
      await kafka('stop');
      await new Promise((r) => setTimeout(r, 12_000));
      // The status answers within two seconds while the broker is down, the lag it cannot know as null.
      const asked = Date.now();
      const status = await stack.api('GET', '/v1/projections/status');
      expect(Date.now() - asked).toBeLessThan(2_000);
      expect(status.status).toBe(200);
      expect(status.body.lag.consumerLag).toBeNull();
      const metrics = await (await fetch(`${stack.url}/metrics`)).text();
      const pending = Number(/rapport_relay_pending_events (\d+)/.exec(metrics)?.[1] ?? 0);
      await kafka('start');
      const outage = Date.now() - stoppedAt;
      await new Promise((r) => setTimeout(r, 3_000));
      ingesting = false;
      await ingest;
      console.log(
        `broker down for ${outage} ms; ${statuses.length} batches posted (${interactions} interactions); ${pending} events waiting in the outbox during the outage`,
      );
      expect(outage).toBeGreaterThanOrEqual(10_000);
      expect(pending).toBeGreaterThan(0);
    } finally {
      ingesting = false;
      await ingest;
    }

    expect(statuses.every((s) => s === 201)).toBe(true);
    const stored = await count('SELECT count(*) AS n FROM events');
    expect(stored).toBe(people.length + interactions);
    // The relay empties the outbox in a transaction of its own after publishing: wait for that too.
    await waitFor(
      async () =>
        (await count('SELECT count(*) AS n FROM rm_processed_events')) === stored &&
        (await count('SELECT count(*) AS n FROM outbox')) === 0,
      `all ${stored} events projected and the outbox empty`,
      120_000,
      stack.worker!.output,
    );
    expect(await count('SELECT count(*) AS n FROM outbox')).toBe(0);
    // Each two-person interaction contributes once, in both directions: nothing counted twice.
    expect(await count(`SELECT count(*) AS n FROM rm_tie_contributions WHERE source = 'interaction'`)).toBe(2 * interactions);
  }, 300_000);
});
