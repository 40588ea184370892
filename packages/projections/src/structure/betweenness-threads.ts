import { availableParallelism } from 'node:os';
import {
  betweennessOf,
  defaultBetweennessSampling,
  dependencySums,
  isExactFor,
  sampledRuns,
  sampleSources,
  type ActiveTieGraph,
  type BetweennessResult,
  type BetweennessSampling,
} from '@rapport/domain';
import workerpool from 'workerpool';

export interface BetweennessThreads {
  /** Betweenness of every person, the sources' runs shared out over the threads; the same values as on one thread. */
  estimate(graph: ActiveTieGraph): Promise<BetweennessResult>;
  /** Ends the threads (they start with the first estimate). */
  close(): Promise<void>;
}

/**
 * Sampled betweenness (the structural job's largest cost at 100,000 people) on worker
 * threads: the domain's `dependencySums` is sent to each thread as source text
 * (workerpool's dynamic functions), every run of sources goes to the next free thread,
 * and the runs' sums are added in their order. Exact betweenness (organisations up to
 * `sampling.exactUpTo`) and a single thread stay on the calling thread.
 */
export function betweennessThreads(
  threads: number = availableParallelism(),
  sampling: BetweennessSampling = defaultBetweennessSampling,
): BetweennessThreads {
  let pool: workerpool.Pool | null = null;
  return {
    async estimate(graph) {
      if (threads <= 1 || graph.order === 0 || isExactFor(graph.order, sampling)) return betweennessOf(graph, sampling);
      pool ??= workerpool.pool({ workerType: 'thread', maxWorkers: threads });
      const { arrays, runs, finish } = sampledRuns(graph, sampleSources(graph, sampling.sources));
      const sums = await Promise.all(
        runs.map((run) => pool!.exec(dependencySums, [arrays.offsets, arrays.targets, run]) as Promise<Float64Array>),
      );
      return { values: finish(sums), method: { exact: false, sources: sampling.sources } };
    },
    async close() {
      await pool?.terminate();
      pool = null;
    },
  };
}
