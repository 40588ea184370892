import http from 'node:http';
import type { Registry } from 'prom-client';

export interface WorkerHealth {
  ready(): Promise<Record<string, boolean>>;
}

/** A tiny HTTP endpoint beside the consumer: /metrics for Prometheus, /health/live and /health/ready for probes. */
export function startWorkerHttp(port: number, host: string, registry: Registry, health: WorkerHealth): Promise<http.Server> {
  const server = http.createServer(async (request, response) => {
    try {
      if (request.url === '/metrics') {
        response.writeHead(200, { 'content-type': registry.contentType });
        response.end(await registry.metrics());
      } else if (request.url === '/health/live') {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ status: 'ok' }));
      } else if (request.url === '/health/ready') {
        const checks = await health.ready();
        const ok = Object.values(checks).every(Boolean);
        response.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({
            status: ok ? 'ok' : 'unavailable',
            checks: Object.fromEntries(Object.entries(checks).map(([k, v]) => [k, v ? 'ok' : 'failing'])),
          }),
        );
      } else {
        response.writeHead(404, { 'content-type': 'application/problem+json' });
        response.end(JSON.stringify({ type: 'https://rapport.dev/problems/not-found', title: 'Not found', status: 404 }));
      }
    } catch {
      response.writeHead(500).end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `the worker's HTTP port ${port} on ${host} is in use: give each worker on this host its own WORKER_HTTP_PORT, or 0 for any free port`,
            )
          : error,
      ),
    );
    server.listen(port, host, () => resolve(server));
  });
}
