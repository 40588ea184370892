import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { testMasterKey, type StartedService, type TestApp } from '@rapport/test-support';
import { loadServiceConfig } from '@rapport/config';
import { createTransport } from '@rapport/messaging';
import { startProjectionWorker } from '@rapport/projections';
import { createApp } from '../src/create-app';
import { openRuntime } from '../src/open-runtime';
import type { Runtime } from '../src/runtime';

/** The event-service as its tests reach it: over HTTP, and inside through its runtime and Nest application. */
export type EventServiceTestApp = TestApp<Runtime, NestExpressApplication>;

export interface EventServiceTestOptions {
  /** PostgreSQL instead of PGlite in memory. */
  readonly databaseUrl?: string;
  /** The service's clock (the system clock when left out). */
  readonly now?: () => number;
  /** Settings over the test defaults (dev sign-in, no rate limit). */
  readonly env?: Record<string, string>;
}

/**
 * The event-service over a real store (PGlite in memory, or PostgreSQL when a URL is
 * given) with its in-process worker, listening on a free port: the starter that
 * `startTestApp` and `useTestApp` of @rapport/test-support take.
 */
export async function eventService(options: EventServiceTestOptions = {}): Promise<StartedService<Runtime, NestExpressApplication>> {
  const config = loadServiceConfig({
    AUTH_MODE: 'dev',
    AUTH_DEV_SECRET: 'test-secret-test-secret-test-secret-0123',
    RAPPORT_DATA_DIR: ':memory:',
    RAPPORT_MASTER_KEY: testMasterKey,
    // Tests poll eagerly; the rate limit has its own test.
    RATE_LIMIT_PER_MINUTE: '0',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...options.env,
  });
  const transport = createTransport({ kind: 'in-process' });
  await transport.start();
  const clock = options.now ? { now: options.now } : undefined;
  const runtime = await openRuntime(config, { transport, ...(clock ? { clock } : {}) });
  const worker = await startProjectionWorker({
    db: runtime.db,
    transport,
    groupId: 'test',
    strength: runtime.strength,
    personal: runtime.personalData,
  });
  const http = await createApp(runtime, { logger: false });
  await http.listen(0, '127.0.0.1');
  const { port } = http.getHttpServer().address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    runtime,
    http,
    async close() {
      await worker.stop();
      await http.close();
      await runtime.close();
      await transport.stop();
    },
  };
}
