import type { Database } from '@rapport/event-store';
import { refreshReadModelStatistics } from '@rapport/read-models';

export interface StatisticsJobOptions {
  readonly db: Database;
  /** How often the job looks for read-model tables whose statistics are missing or stale (a minute unless said, autovacuum's own pace). */
  readonly intervalMs?: number;
  readonly log?: (message: string) => void;
}

export interface StatisticsJob {
  runNow(): Promise<string[]>;
  stop(): Promise<void>;
}

/**
 * Keeps the planner's statistics of the read models current as the projection writes
 * them (refreshReadModelStatistics): at start, then on a fixed interval. Beside
 * autovacuum it costs a query a minute; without it (the embedded engine, a server run
 * without it) it is what keeps a person's answer a handful of index reads.
 */
export function startStatisticsJob(options: StatisticsJobOptions): StatisticsJob {
  const intervalMs = options.intervalMs ?? 60_000;
  const log = options.log ?? (() => {});
  let running: Promise<string[]> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const runOnce = () => {
    running ??= refreshReadModelStatistics(options.db).finally(() => {
      running = null;
    });
    return running;
  };
  const tick = async () => {
    if (stopped) return;
    try {
      const analysed = await runOnce();
      if (analysed.length > 0) log(`statistics job: analysed ${analysed.join(', ')}`);
    } catch (error) {
      log(`statistics job failed: ${(error as Error).message}; next attempt in ${intervalMs} ms`);
    }
    if (!stopped) timer = setTimeout(() => void tick(), intervalMs);
  };
  timer = setTimeout(() => void tick(), 0);
  return {
    runNow: runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
    },
  };
}
