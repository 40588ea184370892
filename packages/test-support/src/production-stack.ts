import { randomUUID } from 'node:crypto';
import { testBackends, testMasterKey } from './backends';
import { freePort, startProcess, waitFor, type ServiceProcess } from './service-process';
import { createTestDatabase, type TestDatabase } from './test-database';

/** How long the event-service and each projection worker may take to start. */
const defaultStartTimeoutMs = 90_000;
const devSecret = 'e2e-secret-e2e-secret-e2e-secret-012345';

export interface ProjectionStackOptions {
  /** Variables beside, or instead of, the defaults, for every process started. */
  readonly env?: Record<string, string>;
  readonly kafkaBrokers?: readonly string[];
  readonly partitions?: number;
  readonly startTimeoutMs?: number;
  /** Start every process from its production bundle (see StartOptions). */
  readonly bundled?: boolean;
  /** Leave the database in place when the stack closes (to inspect it after a benchmark). */
  readonly keepDatabase?: boolean;
}

/**
 * The parts of Rapport's production shape a projection worker needs: a fresh PostgreSQL
 * database, topics and a consumer group of its own on Kafka, and the environment that
 * points a process at them. Workers are separate OS processes; closing stops every one
 * still running and drops the database.
 */
export interface ProjectionStack {
  readonly database: TestDatabase;
  readonly env: Record<string, string>;
  readonly kafkaBrokers: readonly string[];
  readonly partitions: number;
  readonly topicPrefix: string;
  /** rapport.events under this stack's prefix. */
  readonly topic: string;
  readonly deadLetterTopic: string;
  readonly groupId: string;
  /** The projection worker started last, while it has not been stopped through the stack. */
  readonly worker: ServiceProcess | null;
  /** Starts one more projection worker and waits until it consumes. */
  startWorker(envOverrides?: Record<string, string>): Promise<ServiceProcess>;
  stopWorker(signal?: NodeJS.Signals): Promise<void>;
  close(): Promise<void>;
}

/** A database and Kafka topics of its own, for a test that writes events itself and runs workers. */
export function startProjectionStack(name: string, options: ProjectionStackOptions = {}): Promise<ProjectionStack> {
  return openStack(name, options, []);
}

/** `processes` also holds any process the caller starts on the stack; closing stops them newest first. */
async function openStack(name: string, options: ProjectionStackOptions, processes: ServiceProcess[]): Promise<ProjectionStack> {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`a stack name is lower-case letters, digits and underscores: ${name}`);
  const database = await createTestDatabase(`rapport_${name}`);
  const kafkaBrokers = options.kafkaBrokers ?? testBackends.kafkaBrokers;
  const partitions = options.partitions ?? 3;
  const startTimeoutMs = options.startTimeoutMs ?? defaultStartTimeoutMs;
  const topicPrefix = `${name}-${randomUUID().slice(0, 8)}.`;
  const groupId = `${topicPrefix}projections`;
  const env: Record<string, string> = {
    DATABASE_URL: database.url,
    RAPPORT_MASTER_KEY: testMasterKey,
    KAFKA_BROKERS: kafkaBrokers.join(','),
    KAFKA_TOPIC_PREFIX: topicPrefix,
    KAFKA_PARTITIONS: String(partitions),
    PROJECTION_GROUP_ID: groupId,
    AUTH_MODE: 'dev',
    AUTH_DEV_SECRET: devSecret,
    WORKER_HTTP_PORT: '0',
    ...options.env,
  };
  let current: ServiceProcess | null = null;
  return {
    database,
    env,
    kafkaBrokers,
    partitions,
    topicPrefix,
    topic: `${topicPrefix}rapport.events`,
    deadLetterTopic: `${topicPrefix}rapport.events.dlq`,
    groupId,
    get worker() {
      return current;
    },
    async startWorker(envOverrides = {}) {
      const worker = startProcess('projection-worker', { ...env, ...envOverrides }, { bundled: options.bundled ?? false });
      processes.push(worker);
      current = worker;
      await waitFor(async () => worker.output().includes('consuming'), 'worker start', startTimeoutMs, worker.output, worker.process);
      return worker;
    },
    async stopWorker(signal) {
      const worker = current;
      current = null;
      await worker?.stop(signal);
    },
    async close() {
      current = null;
      for (const started of [...processes].reverse()) await started.stop();
      if (!options.keepDatabase) await database.drop();
    },
  };
}

export interface ApiResponse {
  readonly status: number;
  readonly text: string;
  /** The parsed body when the response is JSON, otherwise null. */
  readonly body: any;
}

export interface ProductionStackOptions extends ProjectionStackOptions {
  /** Start one projection worker beside the event-service (the default). */
  readonly worker?: boolean;
}

/** Rapport as production runs it: the event-service and projection workers as separate processes. */
export interface ProductionStack extends ProjectionStack {
  /** The event-service's base URL. */
  readonly url: string;
  readonly service: ServiceProcess;
  /** A dev token with the admin role. */
  readonly adminToken: string;
  /** Calls the API as the admin, or with another token. */
  api(method: string, path: string, body?: unknown, token?: string): Promise<ApiResponse>;
}

/**
 * Starts the event-service (waiting until it is ready) and, unless told otherwise, one
 * projection worker, on a stack of their own. If any part fails to start, whatever did
 * start is stopped again before the error is thrown.
 */
export async function startProductionStack(name: string, options: ProductionStackOptions = {}): Promise<ProductionStack> {
  const port = await freePort();
  const processes: ServiceProcess[] = [];
  const projection = await openStack(name, { ...options, env: { PORT: String(port), ...options.env } }, processes);
  const url = `http://127.0.0.1:${port}`;
  try {
    const started = startProcess('event-service', projection.env, { bundled: options.bundled ?? false });
    processes.push(started);
    await waitFor(
      async () => (await fetch(`${url}/health/ready`)).ok,
      'event-service readiness',
      options.startTimeoutMs ?? defaultStartTimeoutMs,
      started.output,
      started.process,
    );
    if (options.worker ?? true) await projection.startWorker();
    const response = await fetch(`${url}/v1/auth/dev-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'admin' }),
    });
    const { token: adminToken } = (await response.json()) as { token: string };
    return {
      ...projection,
      get worker() {
        return projection.worker;
      },
      url,
      service: started,
      adminToken,
      api: async (method, path, body, token = adminToken) => {
        const answer = await fetch(url + path, {
          method,
          headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
          ...(body ? { body: JSON.stringify(body) } : {}),
        });
        const text = await answer.text();
        return {
          status: answer.status,
          text,
          body: text && /json/.test(answer.headers.get('content-type') ?? '') ? JSON.parse(text) : null,
        };
      },
    };
  } catch (error) {
    await projection.close();
    throw error;
  }
}
