import { registerPeople } from './ingest.bench';
import { post } from './http';
import { firstPass, queryBenchmark } from './queries.bench';
import { rawReadBenchmark } from './raw-read';
import { countOf, startStack } from './stack';
import { chunks, inParallel, workload } from './workload';

interface HistoryRun {
  readonly days: number;
  readonly interactions: number;
  /** Ties a person has on average (pairs with a contribution, counted from each side). */
  readonly tiesPerPerson: number;
  readonly networkP50Ms: number;
  readonly relationshipsP50Ms: number;
  /** The raw read limit's p50 on the same database: what reading the person's tie rows alone costs. */
  readonly rawReadP50Ms: number;
}

export interface HistoryGrowthResult {
  readonly people: number;
  readonly runs: readonly HistoryRun[];
  /** The longer history's ties a person over the shorter's, minus one. */
  readonly tiesChange: number;
  /** p50 at the longer history over p50 at the shorter, minus one (0.1 = 10 % slower). */
  readonly networkChange: number;
  readonly relationshipsChange: number;
  readonly rawReadChange: number;
}

/**
 * The same 100 people over 275 days and over 550 days (twice the history at the same
 * pace): p50 of "now" network and relationship queries at 50 connections, each history
 * in a stack of its own, ingested through the API and projected by the worker. Beside
 * them, the ties a person has and the raw read limit's p50 on the same rows: a longer
 * history also means more people met, and an answer's cost follows its ties.
 */
export async function historyGrowthBenchmark(seconds: number, log: (message: string) => void): Promise<HistoryGrowthResult> {
  const runs: HistoryRun[] = [];
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
      const rawRead = await rawReadBenchmark(stack, ids, seconds);
      const tiesPerPerson = (await countOf(stack.sql, 'SELECT count(*) AS n FROM rm_pair_summaries')) / ids.length;
      log(
        `history of ${days} days (${load.interactions.length} interactions, ${tiesPerPerson.toFixed(1)} ties a person): network p50 ${network.p50Ms} ms, relationships p50 ${relationships.p50Ms} ms, raw read p50 ${rawRead.p50Ms} ms`,
      );
      runs.push({
        days,
        interactions: load.interactions.length,
        tiesPerPerson,
        networkP50Ms: network.p50Ms,
        relationshipsP50Ms: relationships.p50Ms,
        rawReadP50Ms: rawRead.p50Ms,
      });
    } finally {
      await stack.close();
    }
  }
  const [short, long] = runs as [HistoryRun, HistoryRun];
  const change = (of: (run: HistoryRun) => number) => of(long) / Math.max(of(short), 1) - 1;
  return {
    people: 100,
    runs,
    tiesChange: change((run) => run.tiesPerPerson),
    networkChange: change((run) => run.networkP50Ms),
    relationshipsChange: change((run) => run.relationshipsP50Ms),
    rawReadChange: change((run) => run.rawReadP50Ms),
  };
}
