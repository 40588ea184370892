import autocannon from 'autocannon';
import { countCpu, type CpuPerRequest } from './cpu';
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
  /** How many different ids the requests cycled through. */
  readonly ids?: number;
  /** Seconds the untimed first pass (every id once, in turn) took, where one was made. */
  readonly firstPassSeconds?: number;
  /** CPU time per request of the answering process, the database and the load generator, where it could be read. */
  readonly cpu?: CpuPerRequest;
}

/** Asks for every id once, one after the other (what a job does before anyone asks); seconds taken. */
export async function firstPass(stack: Stack, endpoint: string, ids: readonly string[]): Promise<number> {
  const started = performance.now();
  for (const id of ids) {
    // One that gets no answer in time is left to the timed run, which counts it as unanswered.
    try {
      const response = await fetch(`${stack.url}${endpoint.replace('{id}', id)}`, { headers: { authorization: `Bearer ${stack.token}` } });
      await response.arrayBuffer();
    } catch {
      continue;
    }
  }
  return (performance.now() - started) / 1000;
}

/** Waits until the worker has projected the cohorts' enrolments (their summaries list the participants). */
export async function waitForCohortProjected(stack: Stack, cohortIds: readonly string[], timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (const cohortId of cohortIds) {
    for (;;) {
      const response = await fetch(`${stack.url}/v1/cohorts/${cohortId}/participants`, {
        headers: { authorization: `Bearer ${stack.token}` },
      });
      if (response.ok && ((await response.json()) as { items: unknown[] }).items.length > 0) break;
      if (Date.now() > deadline) throw new Error(`cohort ${cohortId} was not projected within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** Seconds of the same load, untimed, before each timed run. */
export const WARM_UP_SECONDS = 2;

/**
 * p50/p99 latency of one GET endpoint under autocannon at 50 connections, each
 * request for another person (`{id}` replaced round-robin), and the CPU time each request
 * cost the process answering (`serverPid`), the database and the load generator.
 */
export async function queryBenchmark(
  stack: Pick<Stack, 'url' | 'token'>,
  endpoint: string,
  ids: readonly string[],
  seconds = 10,
  serverPid?: number,
): Promise<QueryResult> {
  let next = 0;
  const run = (duration: number) =>
    autocannon({
      url: stack.url,
      connections: 50,
      duration,
      headers: { authorization: `Bearer ${stack.token}` },
      requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: endpoint.replace('{id}', ids[next++ % ids.length]!) }) }],
    });
  // Untimed, the same load for a moment first: the server's code compiled hot, its connections' statements prepared and
  // the database's caches filled, so the row measures the steady state whichever row runs first.
  // Then the requests the warm-up left in flight are answered before the timed run starts (drained).
  await run(WARM_UP_SECONDS);
  await drained(stack, endpoint.replace('{id}', ids[0]!));
  const cpuSince = countCpu(serverPid);
  const result = await run(seconds);
  return {
    endpoint,
    requests: result.requests.total,
    perSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    failed: result.errors + result.timeouts,
    cpu: cpuSince(result.requests.total),
  };
}

/**
 * Resolves once the server has answered what a warm-up left in flight: the load
 * generator stops at its deadline, but the server goes on with the requests it had
 * taken, and a cold server (the embedded default after an import, on its one
 * connection) can hold seconds of them. A request sent now waits behind them, so: a
 * second's pause, then one request at a time until one is answered within a second
 * (at most a minute).
 */
async function drained(stack: Pick<Stack, 'url' | 'token'>, path: string): Promise<void> {
  const deadline = performance.now() + 60_000;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const started = performance.now();
    const response = await fetch(stack.url + path, { headers: { authorization: `Bearer ${stack.token}` } });
    await response.arrayBuffer();
    if (performance.now() - started < 1000 || performance.now() > deadline) return;
  }
}
