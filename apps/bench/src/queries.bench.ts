import autocannon from 'autocannon';
import type { Stack } from './stack';

export interface QueryResult {
  readonly endpoint: string;
  readonly requests: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly non2xx: number;
  /** Requests that got no answer: connection errors and timeouts (autocannon's 10 s). */
  readonly failed: number;
}

/**
 * p50/p99 latency of one GET endpoint under autocannon at 50 connections, each
 * request for another person (`{id}` replaced round-robin).
 */
export async function queryBenchmark(stack: Stack, endpoint: string, ids: readonly string[], seconds = 10): Promise<QueryResult> {
  let next = 0;
  const result = await autocannon({
    url: stack.url,
    connections: 50,
    duration: seconds,
    headers: { authorization: `Bearer ${stack.token}` },
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: endpoint.replace('{id}', ids[next++ % ids.length]!) }),
      },
    ],
  });
  return {
    endpoint,
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    failed: result.errors + result.timeouts,
  };
}
