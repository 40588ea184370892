import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createTestDatabase, freePort, startProcess, testBackends, waitFor, type ServiceProcess, type TestDatabase, testMasterKey } from '@rapport/test-support';

/**
 * Rapport as production runs it, for one benchmark run: a fresh PostgreSQL database,
 * topics of its own on the local Kafka broker, the event-service and the projection
 * worker as separate processes.
 */
export interface Stack {
  readonly url: string;
  readonly token: string;
  readonly sql: pg.Pool;
  readonly topic: string;
  readonly env: Record<string, string>;
  readonly service: ServiceProcess;
  worker: ServiceProcess | null;
  startWorker(groupSuffix?: string): Promise<ServiceProcess>;
  close(): Promise<void>;
}

export async function startStack(name: string): Promise<Stack> {
  const database: TestDatabase = await createTestDatabase(`rapport_bench_${name}`);
  const prefix = `bench-${name}-${randomUUID().slice(0, 8)}.`;
  const port = await freePort();
  const env: Record<string, string> = {
    DATABASE_URL: database.url,
    RAPPORT_MASTER_KEY: testMasterKey,
    DATABASE_POOL_SIZE: '20',
    KAFKA_BROKERS: testBackends.kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: prefix,
    KAFKA_PARTITIONS: '3',
    KAFKA_SESSION_TIMEOUT_MS: '6000',
    PROJECTION_GROUP_ID: `${prefix}projections`,
    AUTH_MODE: 'dev',
    AUTH_DEV_SECRET: 'bench-secret-bench-secret-bench-secret-01',
    PORT: String(port),
    WORKER_HTTP_PORT: '0',
    RATE_LIMIT_PER_MINUTE: '0',
    STRUCTURE_INTERVAL_SECONDS: '86400',
    LOG_LEVEL: 'warn',
  };
  const url = `http://127.0.0.1:${port}`;
  const service = startProcess('event-service', env);
  await waitFor(async () => (await fetch(`${url}/health/ready`)).ok, 'event-service readiness', 120_000, service.output, service.process);
  const response = await fetch(`${url}/v1/auth/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"role":"admin"}' });
  const { token } = (await response.json()) as { token: string };
  const sql = new pg.Pool({ connectionString: database.url, max: 4 });

  const stack: Stack = {
    url,
    token,
    sql,
    topic: `${prefix}rapport.events`,
    env,
    service,
    worker: null,
    async startWorker(groupSuffix = '') {
      const worker = startProcess('projection-worker', { ...env, LOG_LEVEL: 'info', PROJECTION_GROUP_ID: `${prefix}projections${groupSuffix}` });
      await waitFor(async () => worker.output().includes('consuming'), 'worker start', 120_000, worker.output, worker.process);
      stack.worker = worker;
      return worker;
    },
    async close() {
      await stack.worker?.stop();
      await service.stop();
      await sql.end();
      await database.drop();
    },
  };
  return stack;
}

/** Peak resident memory of a process so far (VmHWM), in MiB. */
export function peakRssMiB(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
    return Number.isFinite(kib) ? Math.round(kib / 1024) : null;
  } catch {
    return null;
  }
}

export async function countOf(sql: pg.Pool, query: string): Promise<number> {
  const { rows } = await sql.query<{ n: string }>(query);
  return Number(rows[0]!.n);
}
