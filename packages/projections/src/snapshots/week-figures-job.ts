import { managerDashboardInstants, type StrengthParameters } from '@rapport/domain';
import type { Database } from '@rapport/event-store';
import { groupMetricsOverTime, managerDashboardAt } from '@rapport/read-models';
import { startRepeatingJob, type RepeatingJob } from '../repeating-job';

export interface WeekFiguresJobOptions {
  readonly db: Database;
  readonly strength: StrengthParameters;
  /** How often the job looks for figures missing or no longer valid. */
  readonly intervalMs: number;
  readonly now?: () => number;
  /** People computed together (one read of their history per chunk). */
  readonly chunk?: number;
  /** When given, every manager's dashboard for the last completed week is kept too, with this k. */
  readonly kAnonymity?: number;
  readonly log?: (message: string) => void;
}

/** `runNow` keeps every person's figures (and every manager's dashboard) for the current week now; resolves with how many people were looked at. */
export type WeekFiguresJob = RepeatingJob<number>;

/**
 * Keeps every person's figures at the instants this week's manager dashboards read
 * (the last week boundary, the twelve before it and the baseline a quarter earlier),
 * so that a dashboard reads kept rows from its first request: at start, then on a
 * fixed interval, which also computes again what back-dated events made invalid. A
 * person whose figures are kept and valid costs one row read per instant. With a k, each
 * manager's dashboard for the week is then kept as one row (a valid one costs one read).
 */
export function startWeekFiguresJob(options: WeekFiguresJobOptions): WeekFiguresJob {
  const now = options.now ?? (() => Date.now());
  const log = options.log ?? (() => {});
  const chunk = options.chunk ?? 500;
  const keepAll = async (stopped: () => boolean): Promise<number> => {
    const { baseline, trend } = managerDashboardInstants(now());
    const instants = [baseline, ...trend];
    const { rows } = await options.db.query<{ person_id: string }>('SELECT person_id FROM rm_people ORDER BY person_id');
    const people = rows.map((r) => r.person_id);
    for (let i = 0; i < people.length && !stopped(); i += chunk) {
      await groupMetricsOverTime(options.db, people.slice(i, i + chunk), instants, options.strength);
    }
    if (options.kAnonymity !== undefined) {
      const managers = await options.db.query<{ manager_id: string }>(
        'SELECT DISTINCT manager_id FROM rm_people WHERE manager_id IS NOT NULL ORDER BY manager_id',
      );
      for (const { manager_id } of managers.rows) {
        if (stopped()) break;
        await managerDashboardAt(options.db, manager_id, now(), options.kAnonymity, options.strength, null);
      }
    }
    return people.length;
  };
  return startRepeatingJob({
    name: 'week figures job',
    intervalMs: options.intervalMs,
    work: keepAll,
    done: (people, ms) => `${people} people kept for this week's dashboards in ${ms} ms`,
    log,
  });
}
