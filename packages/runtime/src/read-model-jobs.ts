import type { WorkerConfig } from '@rapport/config';
import type { Database } from '@rapport/event-store';
import { startStatisticsJob, startStructuralJob, startWeekFiguresJob, type StructuralJobOptions } from '@rapport/projections';

export interface ReadModelJobsOptions {
  readonly db: Database;
  readonly config: WorkerConfig;
  readonly strength: StructuralJobOptions['strength'];
  /** The clock of the structure's and the dashboards' instants (default the system clock). */
  readonly now?: () => number;
  readonly log: (message: string) => void;
}

/**
 * The periodic jobs every process that projects runs (the worker, the embedded default),
 * on one database, strength, clock and log: the network structure and the figures this
 * week's dashboards read, every STRUCTURE_INTERVAL_SECONDS, and the read models' planner
 * statistics. A process starts each when it is ready for it.
 */
export function readModelJobs(options: ReadModelJobsOptions) {
  const { db, config, strength, now, log } = options;
  const scheduled = { db, strength, intervalMs: config.structureIntervalMs, now, log };
  return {
    startStructuralJob: () => startStructuralJob(scheduled),
    startWeekFiguresJob: () => startWeekFiguresJob({ ...scheduled, kAnonymity: config.kAnonymity }),
    startStatisticsJob: () => startStatisticsJob({ db, log }),
  };
}
