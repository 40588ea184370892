import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';
import type { ActiveTieGraph } from './active-tie-graph';

/**
 * When betweenness is estimated from a sample of sources instead of computed exactly
 * (Brandes–Pich, as `nx.betweenness_centrality(G, k)` does): exact cost grows with people
 * × ties (10,000 people and 90,000 ties: about 40 s of CPU; 100,000 people and a million
 * ties: over an hour), a sample's with sources × ties. Organisations up to `exactUpTo`
 * people are computed exactly. Above, `sources` shortest-path trees are grown, from
 * people spread evenly over a hash of their ids, and each person's sum is scaled by
 * people / sources. The error target and the measurements that chose `sources` are in
 * docs/metrics.md ("Betweenness at scale").
 */
export interface BetweennessSampling {
  readonly exactUpTo: number;
  readonly sources: number;
}

/**
 * The error target: at least 95 % of the exact brokers (SPEC §6.3: betweenness ≥ p90,
 * constraint ≤ p25) stay brokers. Measured on the 10,000-person synthetic organisation:
 * 5,000 sources keep 96.3 % of them (top decile of betweenness 95.4 % the same, Spearman
 * 0.995), 4,000 keep 94.7 %. At or under twice that many people, exact costs at most
 * twice a sample, so it is exact.
 */
export const defaultBetweennessSampling: BetweennessSampling = { exactUpTo: 10_000, sources: 5_000 };

/** What a structural run computed betweenness from: every person, or a sample of sources. */
export type BetweennessMethod = { readonly exact: true } | { readonly exact: false; readonly sources: number };

export interface BetweennessResult {
  readonly values: Readonly<Record<string, number>>;
  readonly method: BetweennessMethod;
}

/** Betweenness of every person, unweighted and normalised by (n − 1)(n − 2): exact, or estimated from a sample above `exactUpTo`. */
export function betweennessOf(graph: ActiveTieGraph, sampling: BetweennessSampling = defaultBetweennessSampling): BetweennessResult {
  if (graph.order === 0) return { values: {}, method: { exact: true } };
  if (graph.order <= sampling.exactUpTo || sampling.sources >= graph.order) {
    return { values: betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }), method: { exact: true } };
  }
  return { values: sampledBetweenness(graph, sampleSources(graph, sampling.sources)), method: { exact: false, sources: sampling.sources } };
}

/** FNV-1a of a string: a hash that spreads people's ids evenly, the same on every run. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** `count` people, those first in the order of their ids' hashes (ties by id): a sample that does not depend on arrival order. */
export function sampleSources(graph: ActiveTieGraph, count: number): string[] {
  return graph
    .nodes()
    .map((id) => [fnv1a(id), id] as const)
    .sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .slice(0, count)
    .map(([, id]) => id);
}

type IndexedBrandes = ((
  source: number,
) => [{ items: ArrayLike<number>; size: number; pop(): number | undefined }, number[][], Uint32Array]) & {
  index: { nodes: string[]; collect(values: Float64Array): Record<string, number> };
};

/**
 * Brandes' dependency accumulation from the given sources only (graphology's own
 * shortest-path trees, as its exact betweenness grows them from every person), scaled
 * by n / k and normalised by (n − 1)(n − 2). Each source's dependencies are scaled
 * linearly (Geisberger, Sanders and Schultes, "Better approximation of betweenness
 * centrality", 2008): a person v on a shortest path from s to t counts d(s, v) / d(s, t)
 * of it from s, and the rest from t, so people near a sampled source are not
 * overestimated; summed over every source the two parts make each path whole again.
 * With every person as a source, exactly graphology's (and NetworkX's) exact value.
 */
export function sampledBetweenness(graph: ActiveTieGraph, sources: readonly string[]): Record<string, number> {
  const brandes = createUnweightedIndexedBrandes(graph) as unknown as IndexedBrandes;
  const n = graph.order;
  const position = new Map(brandes.index.nodes.map((id, i) => [id, i]));
  // f(v) = Σ over targets t beyond v of (share of s–t shortest paths through v) / d(s, t).
  const f = new Float64Array(n);
  const distance = new Uint32Array(n);
  const centralities = new Float64Array(n);
  for (const source of sources) {
    const s = position.get(source);
    if (s === undefined) continue;
    const [stack, predecessors, sigma] = brandes(s);
    // The stack holds people in the order they were reached: a person's distance is one more than a predecessor's.
    for (let i = 0; i < stack.size; i++) {
      const w = stack.items[i]!;
      const before = predecessors[w]![0];
      distance[w] = before === undefined ? 0 : distance[before]! + 1;
      f[w] = 0;
    }
    while (stack.size !== 0) {
      const w = stack.pop()!;
      if (w === s) continue;
      const coefficient = (1 / distance[w]! + f[w]!) / sigma[w]!;
      for (const v of predecessors[w]!) f[v]! += sigma[v]! * coefficient;
      centralities[w]! += distance[w]! * f[w]!;
    }
  }
  // Each path counts once over its two ends here, twice (once from each end) in the exact sum normalised by ordered pairs.
  const scale = n <= 2 || sources.length === 0 ? 0 : (2 * n) / sources.length / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) centralities[i]! *= scale;
  return brandes.index.collect(centralities);
}
