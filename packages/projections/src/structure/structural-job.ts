import type { StrengthParameters } from '@rapport/domain';
import type { Database } from '@rapport/event-store';
import { computeStructureRun, latestStructureRun, type StructureRunInfo } from '@rapport/read-models';
import { betweennessThreads } from './betweenness-threads';

export interface StructuralJobOptions {
  readonly db: Database;
  readonly strength: StrengthParameters;
  /** How often the structure is recomputed as of now. */
  readonly intervalMs: number;
  /** Epoch ms; the as-of instant of scheduled runs and their computation time. */
  readonly now?: () => number;
  readonly log?: (message: string) => void;
  /** Threads sampled betweenness is shared out over (default: the machine's cores). */
  readonly threads?: number;
}

export interface StructuralJob {
  /** Computes the structure as of an instant (default now) right away, outside the schedule. */
  runNow(asOf?: number): Promise<StructureRunInfo>;
  /** The last run this job finished, if any. */
  lastRun(): StructureRunInfo | null;
  stop(): Promise<void>;
}

/**
 * The structural job (SPEC §6.3): on a fixed interval, and whenever asked, computes every
 * person's structural metrics on the active-tie graph as of now and stores the run with
 * its computation time. Runs never overlap; a tick that finds one running, or finds a
 * current run less than half an interval old (another worker's), is skipped.
 */
export function startStructuralJob(options: StructuralJobOptions): StructuralJob {
  const now = options.now ?? (() => Date.now());
  const log = options.log ?? (() => {});
  let last: StructureRunInfo | null = null;
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const betweenness = betweennessThreads(options.threads);

  const run = (asOf: number, trigger: 'schedule' | 'on_demand'): Promise<StructureRunInfo> => {
    const next = (running ?? Promise.resolve())
      .then(() => computeStructureRun(options.db, asOf, trigger, { strength: options.strength, now, betweenness: betweenness.estimate }))
      .then((info) => {
        last = info;
        return info;
      });
    // The queue never rejects: each caller sees its own run's failure.
    const settled: Promise<void> = next.then(
      () => undefined,
      () => undefined,
    );
    running = settled.then(() => {
      if (running === queued) running = null;
    });
    const queued = running;
    return next;
  };

  const tick = async () => {
    if (stopped) return;
    if (!running) {
      try {
        // Several workers may run this job: skip when another computed a current run lately.
        const latest = await latestStructureRun(options.db, now());
        if (latest && now() - latest.asOf < options.intervalMs / 2) {
          timer = stopped ? null : setTimeout(() => void tick(), options.intervalMs);
          return;
        }
        const info = await run(now(), 'schedule');
        log(`structural job: ${info.people} people, ${info.ties} active ties in ${info.durationMs} ms`);
      } catch (error) {
        log(`structural job failed: ${(error as Error).message}; next attempt in ${options.intervalMs} ms`);
      }
    }
    if (!stopped) timer = setTimeout(() => void tick(), options.intervalMs);
  };
  timer = setTimeout(() => void tick(), 0);

  return {
    runNow: (asOf) => run(asOf ?? now(), 'on_demand'),
    lastRun: () => last,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      await betweenness.close();
    },
  };
}
