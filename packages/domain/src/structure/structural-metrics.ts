import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { activeTieGraph, weightedAdjacency, type ActiveTieGraph, type ScoredTie } from './active-tie-graph';
import {
  betweennessOf,
  defaultBetweennessSampling,
  type BetweennessMethod,
  type BetweennessResult,
  type BetweennessSampling,
} from './betweenness';
import { percentile, percentileRanks } from './percentiles';
import { structuralHoles } from './structural-holes';
import { crossRoles, roleThresholds, type CrossRole, type RoleThresholds } from './cross-roles';

export interface PersonStructure {
  /** Active ties (S ≥ 10). */
  readonly degree: number;
  /** Burt's constraint (NetworkX `constraint`, weight = S); null without ties. */
  readonly constraint: number | null;
  /** Burt's effective size (NetworkX `effective_size`, weight = S); null without ties. */
  readonly effectiveSize: number | null;
  /** Betweenness centrality, unweighted, normalised by (n − 1)(n − 2) as NetworkX does for undirected graphs; estimated from a sample of sources in large organisations (betweenness.ts). */
  readonly betweenness: number;
  /** PageRank, α = 0.85, weighted by S (sums to 1 over the organisation). */
  readonly pageRank: number;
  /** Share of people with a PageRank at or below this one, 0–100. */
  readonly pageRankPercentile: number;
  /** People reachable in one or two steps over active ties. */
  readonly twoStepReach: number;
  /** Local clustering coefficient, unweighted (NetworkX `clustering`); 0 under two ties. */
  readonly clustering: number;
  readonly roles: readonly CrossRole[];
}

export interface OrganisationStructure {
  readonly people: ReadonlyMap<string, PersonStructure>;
  readonly thresholds: RoleThresholds;
  readonly ties: number;
  /** Whether betweenness was computed exactly or estimated from a sample of sources. */
  readonly betweenness: BetweennessMethod;
}

export const pageRankDamping = 0.85;

/** SPEC §6.3, structural metrics of every person on the active-tie graph. */
export function organisationStructure(
  personIds: Iterable<string>,
  ties: Iterable<ScoredTie>,
  sampling: BetweennessSampling = defaultBetweennessSampling,
): OrganisationStructure {
  const graph = activeTieGraph(personIds, ties);
  return structureOfGraph(graph, betweennessOf(graph, sampling));
}

/**
 * The structural metrics of every person on an active-tie graph whose betweenness is
 * already known (the structural job computes it on several threads; betweenness.ts).
 */
export function structureOfGraph(graph: ActiveTieGraph, { values: betweenness, method }: BetweennessResult): OrganisationStructure {
  const adjacency = weightedAdjacency(graph);
  const holes = structuralHoles(adjacency);
  const ranks =
    graph.order === 0 ? {} : pagerank(graph, { getEdgeWeight: 'weight', alpha: pageRankDamping, maxIterations: 100, tolerance: 1e-6 });
  const pageRank = new Map(Object.entries(ranks));
  const pageRankPercentile = percentileRanks(pageRank);

  const base = new Map<string, Omit<PersonStructure, 'roles'>>();
  for (const [person, neighbours] of adjacency) {
    base.set(person, {
      degree: neighbours.size,
      constraint: holes.get(person)!.constraint,
      effectiveSize: holes.get(person)!.effectiveSize,
      betweenness: betweenness[person] ?? 0,
      pageRank: pageRank.get(person) ?? 0,
      pageRankPercentile: pageRankPercentile.get(person) ?? 0,
      twoStepReach: twoStepReach(person, adjacency),
      clustering: clustering(person, adjacency),
    });
  }
  const thresholds = roleThresholds([...base.values()], percentile);
  const people = new Map<string, PersonStructure>();
  for (const [person, metrics] of base) people.set(person, { ...metrics, roles: crossRoles(metrics, thresholds) });
  return { people, thresholds, ties: graph.size, betweenness: method };
}

function twoStepReach(person: string, adjacency: ReadonlyMap<string, ReadonlyMap<string, number>>): number {
  const reached = new Set<string>();
  for (const neighbour of adjacency.get(person)!.keys()) {
    reached.add(neighbour);
    for (const next of adjacency.get(neighbour)!.keys()) reached.add(next);
  }
  reached.delete(person);
  return reached.size;
}

/** 2T / (k(k − 1)) with T the ties among the person's k neighbours. */
function clustering(person: string, adjacency: ReadonlyMap<string, ReadonlyMap<string, number>>): number {
  const neighbours = [...adjacency.get(person)!.keys()];
  const k = neighbours.length;
  if (k < 2) return 0;
  let links = 0;
  for (let i = 0; i < k; i++) {
    const around = adjacency.get(neighbours[i]!)!;
    for (let j = i + 1; j < k; j++) if (around.has(neighbours[j]!)) links++;
  }
  return (2 * links) / (k * (k - 1));
}
