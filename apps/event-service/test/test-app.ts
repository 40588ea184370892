import type { AddressInfo } from 'node:net';
import { testMasterKey } from '@rapport/test-support';
import { loadServiceConfig } from '@rapport/config';
import { createTransport } from '@rapport/messaging';
import { startProjectionWorker } from '@rapport/projections';
import { createApp } from '../src/create-app';
import { openRuntime } from '../src/open-runtime';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Runtime } from '../src/runtime';

export interface TestApp {
  readonly url: string;
  readonly runtime: Runtime;
  readonly http: NestExpressApplication;
  token(role: 'admin' | 'manager' | 'participant', personId?: string): Promise<string>;
  request(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> },
  ): Promise<{ status: number; body: any; headers: Headers }>;
  close(): Promise<void>;
}

/**
 * The event-service over a real store (PGlite in memory, or PostgreSQL when a URL is
 * given) with its in-process worker, listening on a free port.
 */
export async function startTestApp(
  options: { databaseUrl?: string; now?: () => number; env?: Record<string, string> } = {},
): Promise<TestApp> {
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
  const app = await createApp(runtime, { logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  const request: TestApp['request'] = async (method, path, o = {}) => {
    const headers: Record<string, string> = { ...(o.headers ?? {}) };
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    let body: string | undefined;
    if (o.rawBody !== undefined) body = o.rawBody;
    else if (o.body !== undefined) body = JSON.stringify(o.body);
    if (body !== undefined) headers['content-type'] ??= 'application/json';
    const response = await fetch(url + path, { method, headers, ...(body !== undefined ? { body } : {}) });
    const text = await response.text();
    const isJson = /json/.test(response.headers.get('content-type') ?? '');
    return { status: response.status, body: text && isJson ? JSON.parse(text) : text || null, headers: response.headers };
  };

  return {
    url,
    runtime,
    http: app,
    request,
    async token(role, personId) {
      const r = await request('POST', '/v1/auth/dev-token', { body: { role, ...(personId ? { personId } : {}) } });
      return r.body.token as string;
    },
    async close() {
      await worker.stop();
      await app.close();
      await runtime.close();
      await transport.stop();
    },
  };
}
