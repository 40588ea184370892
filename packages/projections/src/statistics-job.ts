import type { Database } from '@rapport/event-store';
import { refreshReadModelStatistics } from '@rapport/read-models';
import { startRepeatingJob, type RepeatingJob } from './repeating-job';

export interface StatisticsJobOptions {
  readonly db: Database;
  /** How often the job looks for read-model tables whose statistics are missing or stale (a minute unless said, autovacuum's own pace). */
  readonly intervalMs?: number;
  readonly log?: (message: string) => void;
}

export type StatisticsJob = RepeatingJob<string[]>;

/**
 * Keeps the planner's statistics of the read models current as the projection writes
 * them (refreshReadModelStatistics): at start, then on a fixed interval. Beside
 * autovacuum it costs a query a minute; without it (the embedded engine, a server run
 * without it) it is what keeps a person's answer a handful of index reads.
 */
export function startStatisticsJob(options: StatisticsJobOptions): StatisticsJob {
  return startRepeatingJob({
    name: 'statistics job',
    intervalMs: options.intervalMs ?? 60_000,
    work: () => refreshReadModelStatistics(options.db),
    done: (analysed, ms) => (analysed.length > 0 ? `analysed ${analysed.join(', ')} in ${ms} ms` : null),
    log: options.log ?? (() => {}),
  });
}
