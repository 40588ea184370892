import { registerPeople } from './ingest.bench';
import { post } from './http';
import { firstPass, queryBenchmark } from './queries.bench';
import { countOf, startStack } from './stack';
import { chunks, inParallel, workload } from './workload';

export interface HistoryGrowthResult {
  readonly people: number;
  readonly runs: ReadonlyArray<{
    readonly days: number;
    readonly interactions: number;
    readonly networkP50Ms: number;
    readonly relationshipsP50Ms: number;
  }>;
  /** p50 at the longer history over p50 at the shorter, minus one (0.1 = 10 % slower). */
  readonly networkChange: number;
  readonly relationshipsChange: number;
}

/**
 * The same 100 people over 275 days and over 550 days (twice the history at the same
 * pace): p50 of "now" network and relationship queries at 50 connections, each history
 * in a stack of its own, ingested through the API and projected by the worker.
 */
export async function historyGrowthBenchmark(seconds: number, log: (message: string) => void): Promise<HistoryGrowthResult> {
  const runs = [];
  for (const days of [275, 550]) {
    const load = workload(1, Date.now(), { days });
    const stack = await startStack(`history${days}`);
    try {
      await registerPeople(stack, load);
      await inParallel(chunks(load.interactions, 1000), 2, async (batch) => {
        await post(stack.url, stack.token, '/v1/interactions/batch', { interactions: batch });
      });
      await stack.startWorker();
      const events = load.people.length + load.interactions.length;
      while ((await countOf(stack.sql, 'SELECT count(*) AS n FROM rm_processed_events')) < events)
        await new Promise((r) => setTimeout(r, 250));
      const ids = load.people.map((p) => p.personId);
      const now = new Date().toISOString();
      // The structural run for the instant is computed by its first request, untimed (as in the main rows).
      await firstPass(stack, `/v1/people/{id}/network?asOf=${now}`, ids.slice(0, 1));
      const network = await queryBenchmark(stack, `/v1/people/{id}/network?asOf=${now}`, ids, seconds);
      const relationships = await queryBenchmark(stack, `/v1/people/{id}/relationships?asOf=${now}`, ids, seconds);
      log(
        `history of ${days} days (${load.interactions.length} interactions): network p50 ${network.p50Ms} ms, relationships p50 ${relationships.p50Ms} ms`,
      );
      runs.push({ days, interactions: load.interactions.length, networkP50Ms: network.p50Ms, relationshipsP50Ms: relationships.p50Ms });
    } finally {
      await stack.close();
    }
  }
  const [short, long] = runs as [(typeof runs)[number], (typeof runs)[number]];
  return {
    people: 100,
    runs,
    networkChange: long.networkP50Ms / Math.max(short.networkP50Ms, 1) - 1,
    relationshipsChange: long.relationshipsP50Ms / Math.max(short.relationshipsP50Ms, 1) - 1,
  };
}
