import Graph from 'graphology';
import { isActiveTie } from '../relationships/tier';

/** One tie between two people with its strength S(a, b, T). */
export interface ScoredTie {
  readonly personA: string;
  readonly personB: string;
  readonly strength: number;
}

export type ActiveTieGraph = Graph<Record<string, never>, { weight: number }>;

/**
 * The graph of active ties (S ≥ 10) weighted by S (SPEC §6.3). Every person of the
 * organisation is a node, so people without active ties take part (as isolated nodes)
 * in PageRank and in the percentiles.
 */
export function activeTieGraph(personIds: Iterable<string>, ties: Iterable<ScoredTie>): ActiveTieGraph {
  const graph: ActiveTieGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of personIds) graph.mergeNode(id);
  for (const tie of ties) {
    if (tie.personA === tie.personB || !isActiveTie(tie.strength)) continue;
    graph.mergeNode(tie.personA);
    graph.mergeNode(tie.personB);
    graph.mergeEdge(tie.personA, tie.personB, { weight: tie.strength });
  }
  return graph;
}

/** Neighbours with tie weights, as plain maps: the structural-hole sums walk them many times. */
export function weightedAdjacency(graph: ActiveTieGraph): Map<string, Map<string, number>> {
  const adjacency = new Map<string, Map<string, number>>();
  graph.forEachNode((node) => adjacency.set(node, new Map()));
  graph.forEachEdge((_edge, attributes, source, target) => {
    adjacency.get(source)!.set(target, attributes.weight);
    adjacency.get(target)!.set(source, attributes.weight);
  });
  return adjacency;
}
