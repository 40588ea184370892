import { performance } from 'node:perf_hooks';
import {
  activeTieGraph,
  betweennessOf,
  isActiveTie,
  structureOfGraph,
  type ActiveTieGraph,
  type BetweennessResult,
  type StrengthParameters,
} from '@rapport/domain';
import type { Database } from '@rapport/event-store';
import { organisationProfiles } from './organisation.query';
import { pairStrengthsAt } from './pair-strengths.query';
import { lastProjectedPosition, latestStructureRun, structureRunAt, structureRunAtOrBefore } from './structure-run.query';
import { saveStructureRun, type StructureRunInfo, type StructureTrigger } from './structure-run.store';

export interface StructureRunOptions {
  readonly strength: StrengthParameters;
  /** Wall clock (epoch ms) for the computation time. */
  readonly now: () => number;
  /**
   * Above this many people a query never computes a run itself (it would hold the
   * request for minutes): it reads the nearest stored run at or before T instead,
   * and says which. Runs for exact instants come from the worker's job or an admin's
   * on-demand run. Default 2,000 (a run of that size takes a few seconds).
   */
  readonly maxOnDemandPeople?: number;
  /** How betweenness is found (default: on this thread; the structural job shares it out over worker threads). */
  readonly betweenness?: (graph: ActiveTieGraph) => Promise<BetweennessResult>;
}

/**
 * Computes every person's structural metrics as of T from the projected ties and
 * stores them as one run (SPEC §6.3). Cost: the whole graph — seconds for 10,000 people.
 */
export async function computeStructureRun(
  db: Database,
  asOf: number,
  trigger: StructureTrigger,
  options: StructureRunOptions,
): Promise<StructureRunInfo> {
  const started = performance.now();
  const eventsThrough = await lastProjectedPosition(db);
  const profiles = await organisationProfiles(db, asOf, null);
  const ties = (await pairStrengthsAt(db, asOf, options.strength)).filter((t) => isActiveTie(t.strength));
  const graph = activeTieGraph(profiles.keys(), ties);
  const structure = structureOfGraph(graph, options.betweenness ? await options.betweenness(graph) : betweennessOf(graph));
  return saveStructureRun(
    db,
    { asOf, computedAt: options.now(), durationMs: performance.now() - started, trigger, eventsThrough, thresholds: structure.thresholds },
    structure,
    ties,
  );
}

export const DEFAULT_MAX_ON_DEMAND_PEOPLE = 2_000;

const inFlight = new Map<number, Promise<StructureRunInfo>>();

/** One computation per as-of instant at a time in this process; concurrent callers share it. */
function computeOnce(db: Database, asOf: number, options: StructureRunOptions): Promise<StructureRunInfo> {
  const running = inFlight.get(asOf);
  if (running) return running;
  const run = computeStructureRun(db, asOf, 'on_demand', options).finally(() => {
    inFlight.delete(asOf);
    positionSeen.delete(db);
  });
  inFlight.set(asOf, run);
  return run;
}

/**
 * The structural run a query should read.
 * - An explicit as-of instant: the stored run for exactly that instant while nothing new
 *   has been projected since it was computed; otherwise it is computed now and cached.
 * - No as-of instant: the latest run (the structural job keeps it fresh on its schedule),
 *   or one computed now when none exists yet.
 * `read` is that stored run (or null for none) when the caller has read it already.
 */
export async function structureFor(
  db: Database,
  asOf: number | undefined,
  options: StructureRunOptions,
  read?: StructureRunInfo | null,
): Promise<StructureRunInfo> {
  if (asOf === undefined) {
    const now = options.now();
    return (read !== undefined ? read : await latestStructureRun(db, now)) ?? computeOnce(db, now, options);
  }
  const stored = read !== undefined ? read : await structureRunAt(db, asOf);
  if (stored && stored.eventsThrough === (await recentProjectedPosition(db))) return stored;
  if ((await peopleCount(db)) > (options.maxOnDemandPeople ?? DEFAULT_MAX_ON_DEMAND_PEOPLE)) {
    const nearest = stored ?? (await structureRunAtOrBefore(db, asOf));
    if (nearest) return nearest;
  }
  return computeOnce(db, asOf, options);
}

/**
 * The last projected position as seen at most a second ago: finding it reads every
 * processed id, and a query for a past instant asks it on every request. A run a
 * second behind is recomputed by the next request after that second.
 */
const positionSeen = new WeakMap<Database, { readonly at: number; readonly position: Promise<string> }>();
function recentProjectedPosition(db: Database): Promise<string> {
  const seen = positionSeen.get(db);
  if (seen && performance.now() - seen.at < 1000) return seen.position;
  const position = lastProjectedPosition(db);
  positionSeen.set(db, { at: performance.now(), position });
  position.catch(() => positionSeen.delete(db));
  return position;
}

async function peopleCount(db: Database): Promise<number> {
  const { rows } = await db.query<{ n: string | number }>('SELECT count(*) AS n FROM rm_people');
  return Number(rows[0]?.n ?? 0);
}
