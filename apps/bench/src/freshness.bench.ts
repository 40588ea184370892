import { randomUUID } from 'node:crypto';
import { post } from './http';
import type { Stack } from './stack';

export interface FreshnessResult {
  readonly targetPerSecond: number;
  readonly achievedPerSecond: number;
  readonly seconds: number;
  readonly events: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

/**
 * Event-to-read-model lag at a steady rate: 100 interactions every 100 ms through the
 * API while the worker runs; lag = when the projection recorded the event processed
 * (its transaction start) − when the store recorded the event.
 */
export async function freshnessBenchmark(
  stack: Stack,
  people: readonly string[],
  seconds = 30,
  perSecond = 1000,
): Promise<FreshnessResult> {
  const since = new Date().toISOString();
  const tick = 100;
  const perTick = Math.round((perSecond * tick) / 1000);
  const started = performance.now();
  let sent = 0;
  const inFlight: Promise<unknown>[] = [];
  for (let t = 0; t < (seconds * 1000) / tick; t++) {
    const interactions = Array.from({ length: perTick }, (_, i) => {
      const a = people[(t * perTick + i) % people.length]!;
      const b = people[(t * perTick + i * 7 + 1) % people.length]!;
      return {
        interactionId: randomUUID(),
        initiatorId: a,
        participantIds: a === b ? [a, people[(people.indexOf(a) + 1) % people.length]!] : [a, b],
        occurredAt: new Date(Date.now() - 1000).toISOString(),
        channel: 'video',
        kind: 'other',
      };
    });
    inFlight.push(post(stack.url, stack.token, '/v1/interactions/batch', { interactions }));
    sent += perTick;
    const next = started + (t + 1) * tick;
    await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - started) / 1000;
  // Wait for the tail to be projected before measuring.
  for (let i = 0; i < 600; i++) {
    const { rows } = await stack.sql.query<{ n: string }>(
      `SELECT count(*) AS n FROM events e LEFT JOIN rm_processed_events p USING (event_id) WHERE e.recorded_at >= $1 AND p.event_id IS NULL`,
      [since],
    );
    if (Number(rows[0]!.n) === 0) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const { rows } = await stack.sql.query<{ p50: number; p99: number; max: number; n: string }>(
    `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY lag) * 1000 AS p50,
            percentile_cont(0.99) WITHIN GROUP (ORDER BY lag) * 1000 AS p99,
            max(lag) * 1000 AS max, count(*) AS n
       FROM (SELECT extract(epoch FROM p.processed_at - e.recorded_at) AS lag
               FROM events e JOIN rm_processed_events p USING (event_id)
              WHERE e.recorded_at >= $1 AND e.type = 'InteractionLogged') AS lags`,
    [since],
  );
  const r = rows[0]!;
  return {
    targetPerSecond: perSecond,
    achievedPerSecond: sent / elapsed,
    seconds: elapsed,
    events: Number(r.n),
    p50Ms: Number(r.p50),
    p99Ms: Number(r.p99),
    maxMs: Number(r.max),
  };
}
