import { performance } from 'node:perf_hooks';
import { defaultStrengthParameters } from '@rapport/domain';
import { openPostgres } from '@rapport/event-store';
import { betweennessThreads } from '@rapport/projections';
import { computeStructureRun } from '@rapport/read-models';
import type { Stack } from './stack';

export interface StructureJobResult {
  readonly seconds: number;
  /** CPU of the process running the job (this one and its threads, as the worker would): steadier than wall time on a shared machine. */
  readonly cpuSeconds: number;
  readonly people: number;
  readonly ties: number;
  /** At most this much memory above what the process held before (its peak resident size during the job, less its size before). */
  readonly memoryMiB: number;
}

/**
 * The structural job as the worker runs it (SPEC §6.3), once, on the stack's read models:
 * every pair scored as of `asOf`, the active-tie graph, every structural metric (betweenness
 * from a sample of sources beyond 10,000 people, on a thread per core), and the run stored.
 */
export async function structureJobBenchmark(stack: Stack, asOf: number): Promise<StructureJobResult> {
  const db = openPostgres(stack.env.DATABASE_URL!);
  const betweenness = betweennessThreads();
  try {
    const rssBefore = process.memoryUsage().rss;
    const wall = performance.now();
    const cpu = process.cpuUsage();
    const run = await computeStructureRun(db, asOf, 'schedule', {
      strength: defaultStrengthParameters,
      now: () => Date.now(),
      betweenness: betweenness.estimate,
    });
    const used = process.cpuUsage(cpu);
    return {
      seconds: (performance.now() - wall) / 1000,
      cpuSeconds: (used.user + used.system) / 1e6,
      people: run.people,
      ties: run.ties,
      memoryMiB: Math.round((process.resourceUsage().maxRSS * 1024 - rssBefore) / 2 ** 20),
    };
  } finally {
    await betweenness.close();
    await db.close();
  }
}
