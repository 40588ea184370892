import { openPostgres } from '@rapport/event-store';
import { freePort, startProcess, waitFor, type ProjectionStack, type ServiceProcess } from '@rapport/test-support';

/**
 * The relay lease is not a row: it is the transaction-scoped advisory lock every relay batch
 * takes (`advisoryLocks.outboxRelay` in packages/event-store/src/advisory-locks.ts). A bigint
 * key shows in pg_locks as classid (high half), objid (low half) and objsubid 1.
 */
const relayLeaseKey = 53_906_722;

/** One event-service process; PostgreSQL knows its connections by `name` (their application name). */
export interface ServiceInstance {
  readonly name: string;
  readonly url: string;
  /** The running process: a new one after each restart. */
  readonly process: ServiceProcess;
}

/** Event-service instances side by side on one stack's database and topics, each its own OS process and port. */
export interface ServiceInstances {
  readonly all: readonly ServiceInstance[];
  byName(name: string): ServiceInstance;
  /** SIGKILL: no shutdown hook runs; resolves once the process is gone. */
  kill(instance: ServiceInstance): Promise<void>;
  /** Starts the instance again on its port and waits until it is ready. */
  restart(instance: ServiceInstance): Promise<void>;
  /** Polls every millisecond until an instance other than `except` holds the relay lease, and names it. */
  relayLeaseHolder(options?: { except?: string; timeoutMs?: number }): Promise<string>;
  /**
   * Catches a relay in the middle of a batch and freezes its process (SIGSTOP): the instance
   * seen holding the lease between reading its batch and marking it relayed is stopped, and
   * kept stopped if the same batch transaction still holds the lease, waiting on it, a moment
   * later (a stopped process sends no COMMIT); otherwise it goes on (SIGCONT) and the next
   * holder is tried. Kill the instance it resolves to, or send it SIGCONT.
   */
  freezeRelayMidBatch(timeoutMs?: number): Promise<ServiceInstance>;
  close(): Promise<void>;
}

const startTimeoutMs = 90_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts one event-service (production bundle) per name, all at once, and waits until every one is ready. */
export async function startServiceInstances(
  stack: ProjectionStack,
  names: readonly string[],
  env: Record<string, string> = {},
): Promise<ServiceInstances> {
  const ports = new Map<string, number>();
  for (const name of names) ports.set(name, await freePort());
  const instances = new Map<string, { name: string; url: string; process: ServiceProcess }>();
  // One connection of the test's own, to read pg_locks.
  const lease = openPostgres(stack.database.url, { max: 1 });

  const launch = async (name: string): Promise<void> => {
    const port = ports.get(name)!;
    const url = `http://127.0.0.1:${port}`;
    // PGAPPNAME names every connection the instance opens, so pg_locks tells instances apart.
    const started = startProcess('event-service', { ...stack.env, ...env, PORT: String(port), PGAPPNAME: name }, { bundled: true });
    instances.set(name, { name, url, process: started });
    await waitFor(
      async () => (await fetch(`${url}/health/ready`)).ok,
      `${name} readiness`,
      startTimeoutMs,
      started.output,
      started.process,
    );
  };
  /** The connection holding the lease: whose, which batch, and whether it waits on its relay between reading and marking the batch. */
  const leaseHolder = async () => {
    const { rows } = await lease.query<{ name: string; pid: number; batch_began: string; mid_batch: boolean }>(
      `SELECT a.application_name AS name, a.pid, a.xact_start::text AS batch_began,
              a.state = 'idle in transaction' AND a.query NOT LIKE 'DELETE%' AS mid_batch
         FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = $1::oid AND l.objsubid = 1
          AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      [String(relayLeaseKey)],
    );
    const row = rows[0];
    return row && instances.has(row.name) ? { name: row.name, pid: row.pid, batchBegan: row.batch_began, midBatch: row.mid_batch } : null;
  };
  const alive = (instance: ServiceInstance) => instance.process.process.exitCode === null && instance.process.process.signalCode === null;
  let closed = false;
  const close = async () => {
    await Promise.all([...instances.values()].map((instance) => instance.process.stop()));
    if (!closed) await lease.close();
    closed = true;
  };

  try {
    await Promise.all(names.map(launch));
  } catch (error) {
    await close();
    throw error;
  }

  return {
    get all() {
      return names.map((name) => instances.get(name)!);
    },
    byName: (name) => {
      const instance = instances.get(name);
      if (!instance) throw new Error(`no event-service instance is named ${name}`);
      return instance;
    },
    async kill(instance) {
      instance.process.process.kill('SIGKILL');
      await waitFor(async () => !alive(instance), `${instance.name} to die`, 10_000);
    },
    restart: (instance) => launch(instance.name),
    async relayLeaseHolder({ except, timeoutMs = 30_000 } = {}) {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const holder = await leaseHolder();
        if (holder && holder.name !== except) return holder.name;
        if (performance.now() > deadline)
          throw new Error(`no relay${except ? ` but ${except}` : ''} held the lease within ${timeoutMs} ms`);
        await pause(1);
      }
    },
    async freezeRelayMidBatch(timeoutMs = 30_000) {
      const deadline = performance.now() + timeoutMs;
      while (performance.now() < deadline) {
        const seen = await leaseHolder();
        if (!seen?.midBatch) {
          await pause(1);
          continue;
        }
        const instance = instances.get(seen.name)!;
        instance.process.process.kill('SIGSTOP');
        await pause(50);
        const still = await leaseHolder();
        if (still?.pid === seen.pid && still.batchBegan === seen.batchBegan && still.midBatch) return instance;
        instance.process.process.kill('SIGCONT');
      }
      throw new Error(`no relay was caught in the middle of a batch within ${timeoutMs} ms`);
    },
    close,
  };
}
