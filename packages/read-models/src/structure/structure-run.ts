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
import { PEOPLE_STATE_SQL } from '../managers/reporting-lines';
import { organisationProfiles } from './organisation.query';
import { pairStrengthsAt } from './pair-strengths.query';
import { lastProjectedPosition, latestStructureRun, structureRunAtOrBefore } from './structure-run.query';
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
 * What a caller read of the stored runs, in its own statement, so structureFor reads
 * nothing more: for "now", the latest current run (storedRun 'latest'); for a named T,
 * the nearest run at or before T ('atOrBefore', T's own when one is stored). Null for
 * none. `peopleState` is the name of the people's state read with it (null for none):
 * the count of people is then held under it.
 */
export interface StoredRunRead {
  readonly run: StructureRunInfo | null;
  readonly peopleState: string | null;
}

/**
 * The structural run a query should read.
 * - An explicit as-of instant: the stored run for exactly that instant while nothing new
 *   has been projected since it was computed; otherwise it is computed now and cached —
 *   unless the organisation is larger than a request may compute, when the nearest run
 *   at or before T answers.
 * - No as-of instant: the latest run (the structural job keeps it fresh on its schedule),
 *   or one computed now when none exists yet.
 */
export async function structureFor(
  db: Database,
  asOf: number | undefined,
  options: StructureRunOptions,
  read?: StoredRunRead,
): Promise<StructureRunInfo> {
  if (asOf === undefined) {
    const now = options.now();
    return (read ? read.run : await latestStructureRun(db, now)) ?? computeOnce(db, now, options);
  }
  const nearest = read ? read.run : await structureRunAtOrBefore(db, asOf);
  if (nearest && nearest.asOf === asOf && nearest.eventsThrough === (await recentProjectedPosition(db))) return nearest;
  const computable = (await peopleCount(db, read?.peopleState ?? null)) <= (options.maxOnDemandPeople ?? DEFAULT_MAX_ON_DEMAND_PEOPLE);
  return nearest && !computable ? nearest : computeOnce(db, asOf, options);
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

/**
 * How many people are registered, held under the name of the people's state it was
 * counted in (reporting-lines.ts): every registration and erasure names a new state.
 * `state` is the caller's reading of that name (null: count again).
 */
let countHeld: { readonly state: string; readonly count: number } | null = null;
async function peopleCount(db: Database, state: string | null): Promise<number> {
  if (state !== null && countHeld?.state === state) return countHeld.count;
  const { rows } = await db.query<{ n: string | number; state: string | null }>(
    `SELECT count(*) AS n, ${PEOPLE_STATE_SQL} AS state FROM rm_people`,
  );
  const count = Number(rows[0]?.n ?? 0);
  const countedUnder = rows[0]?.state ?? null;
  if (countedUnder !== null) countHeld = { state: countedUnder, count };
  return count;
}
