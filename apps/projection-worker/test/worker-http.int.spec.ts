import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Registry } from 'prom-client';
import { afterAll, describe, expect, it } from 'vitest';
import { startWorkerHttp } from '../src/observability/worker-http';

const servers: http.Server[] = [];
afterAll(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));

const health = { ready: async () => ({ store: true, transport: true }) };

describe('the worker HTTP endpoint', () => {
  it('serves metrics and health on its port', async () => {
    const server = await startWorkerHttp(0, '127.0.0.1', new Registry(), health);
    servers.push(server);
    const { port } = server.address() as AddressInfo;
    expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(200);
  });

  it('names the setting when a second worker on the host finds the port taken', async () => {
    const first = await startWorkerHttp(0, '127.0.0.1', new Registry(), health);
    servers.push(first);
    const { port } = first.address() as AddressInfo;
    await expect(startWorkerHttp(port, '127.0.0.1', new Registry(), health)).rejects.toThrow(/WORKER_HTTP_PORT/);
  });
});
