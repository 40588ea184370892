import { readFileSync } from 'node:fs';
import pg from 'pg';
import { startProductionStack, type ServiceProcess } from '@rapport/test-support';

/**
 * Rapport as production runs it, for one benchmark run: a fresh PostgreSQL database,
 * topics of its own on the local Kafka broker, the event-service and the projection
 * worker as separate processes, each from its production bundle as infra/docker runs it.
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

/** `keepDatabase` leaves the database in place when the stack closes (`pnpm bench --keep-database`). */
export async function startStack(name: string, keepDatabase = false): Promise<Stack> {
  const production = await startProductionStack(`bench_${name}`, {
    worker: false,
    bundled: true,
    keepDatabase,
    startTimeoutMs: 120_000,
    env: {
      DATABASE_POOL_SIZE: '20',
      KAFKA_SESSION_TIMEOUT_MS: '6000',
      RATE_LIMIT_PER_MINUTE: '0',
      STRUCTURE_INTERVAL_SECONDS: '86400',
      LOG_LEVEL: 'warn',
    },
  });
  const sql = new pg.Pool({ connectionString: production.database.url, max: 4 });

  const stack: Stack = {
    url: production.url,
    token: production.adminToken,
    sql,
    topic: production.topic,
    env: production.env,
    service: production.service,
    worker: null,
    async startWorker(groupSuffix = '') {
      const worker = await production.startWorker({ LOG_LEVEL: 'info', PROJECTION_GROUP_ID: `${production.groupId}${groupSuffix}` });
      stack.worker = worker;
      return worker;
    },
    async close() {
      await sql.end();
      await production.close();
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
