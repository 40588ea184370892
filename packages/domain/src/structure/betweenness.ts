import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
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
  if (isExactFor(graph.order, sampling)) {
    return { values: betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }), method: { exact: true } };
  }
  return { values: sampledBetweenness(graph, sampleSources(graph, sampling.sources)), method: { exact: false, sources: sampling.sources } };
}

/** Whether an organisation of this many people gets exact betweenness (else it is estimated from `sampling.sources` sources). */
export function isExactFor(people: number, sampling: BetweennessSampling): boolean {
  return people <= sampling.exactUpTo || sampling.sources >= people;
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

/** The graph as arrays: people by index, and each one's neighbours as a run of `targets` from `offsets[i]` to `offsets[i + 1]`. */
export interface AdjacencyArrays {
  readonly ids: string[];
  readonly position: Map<string, number>;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
}

export function adjacencyArrays(graph: ActiveTieGraph): AdjacencyArrays {
  const ids = graph.nodes();
  const position = new Map(ids.map((id, i) => [id, i]));
  const offsets = new Int32Array(ids.length + 1);
  for (let i = 0; i < ids.length; i++) offsets[i + 1] = offsets[i]! + graph.degree(ids[i]!);
  const targets = new Int32Array(offsets[ids.length]!);
  for (let i = 0; i < ids.length; i++) {
    let at = offsets[i]!;
    graph.forEachNeighbor(ids[i]!, (neighbour) => {
      targets[at++] = position.get(neighbour)!;
    });
  }
  return { ids, position, offsets, targets };
}

/**
 * Sources are summed in runs of this many, each run's sums added in the runs' order: the
 * runs can be computed on several threads (the structural job does) and the values stay
 * the same to the last bit whatever the number of threads.
 */
export const SOURCES_PER_RUN = 250;

/**
 * Brandes' dependency accumulation from the given sources only (the shortest-path tree
 * of each grown breadth first, as graphology's exact betweenness grows it from every
 * person), unscaled: each person's sum over these sources. Each source's dependencies
 * are scaled linearly (Geisberger, Sanders and Schultes, "Better approximation of
 * betweenness centrality", 2008): a person v on a shortest path from s to t counts
 * d(s, v) / d(s, t) of it from s, and the rest from t, so people near a sampled source
 * are not overestimated; summed over every source the two parts make each path whole
 * again. A person's predecessors are found again among their neighbours (one step nearer
 * the source) instead of being listed: a million ties cost tens of megabytes and no
 * allocation per source.
 *
 * Self-contained on purpose (typed arrays in, a typed array out, no other function
 * called): the structural job sends its source text to worker threads.
 */
export function dependencySums(offsets: Int32Array, targets: Int32Array, sources: Int32Array): Float64Array {
  const n = offsets.length - 1;
  const distance = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  // f(v) = Σ over targets t beyond v of (share of s–t shortest paths through v) / d(s, t).
  const f = new Float64Array(n);
  const order = new Int32Array(n);
  const sums = new Float64Array(n);
  for (let k = 0; k < sources.length; k++) {
    const s = sources[k]!;
    distance[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let reached = 1;
    for (let head = 0; head < reached; head++) {
      const v = order[head]!;
      const next = distance[v]! + 1;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = targets[e]!;
        if (distance[w]! < 0) {
          distance[w] = next;
          order[reached++] = w;
        }
        if (distance[w] === next) sigma[w]! += sigma[v]!;
      }
    }
    // Farthest first; the source (order[0]) gains nothing from its own paths.
    for (let i = reached - 1; i > 0; i--) {
      const w = order[i]!;
      const before = distance[w]! - 1;
      const coefficient = (1 / distance[w]! + f[w]!) / sigma[w]!;
      for (let e = offsets[w]!; e < offsets[w + 1]!; e++) {
        const v = targets[e]!;
        if (distance[v] === before) f[v]! += sigma[v]! * coefficient;
      }
      sums[w]! += distance[w]! * f[w]!;
    }
    for (let i = 0; i < reached; i++) {
      const v = order[i]!;
      distance[v] = -1;
      sigma[v] = 0;
      f[v] = 0;
    }
  }
  return sums;
}

/** Sampled betweenness split into runs: the graph's arrays, the sources' runs, and how the runs' sums become each person's value. */
export interface SampledRuns {
  readonly arrays: AdjacencyArrays;
  /** The sources' positions in the arrays, in runs of `SOURCES_PER_RUN` (unknown people left out). */
  readonly runs: readonly Int32Array[];
  /**
   * Betweenness from each run's `dependencySums` (added in the runs' order), scaled by
   * n / k and normalised by (n − 1)(n − 2). With every person as a source, exactly
   * graphology's (and NetworkX's) exact value.
   */
  finish(runSums: readonly Float64Array[]): Record<string, number>;
}

export function sampledRuns(graph: ActiveTieGraph, sources: readonly string[]): SampledRuns {
  const arrays = adjacencyArrays(graph);
  const known = sources.map((s) => arrays.position.get(s)).filter((s): s is number => s !== undefined);
  const runs: Int32Array[] = [];
  for (let i = 0; i < known.length; i += SOURCES_PER_RUN) runs.push(Int32Array.from(known.slice(i, i + SOURCES_PER_RUN)));
  const n = arrays.ids.length;
  // Each path counts once over its two ends here, twice (once from each end) in the exact sum normalised by ordered pairs.
  const scale = n <= 2 || known.length === 0 ? 0 : (2 * n) / known.length / ((n - 1) * (n - 2));
  return {
    arrays,
    runs,
    finish(runSums) {
      const total = new Float64Array(n);
      for (const sums of runSums) for (let i = 0; i < n; i++) total[i]! += sums[i]!;
      const values: Record<string, number> = {};
      for (let i = 0; i < n; i++) values[arrays.ids[i]!] = total[i]! * scale;
      return values;
    },
  };
}

/** Betweenness estimated from the given sources on this thread (`dependencySums` run by run). */
export function sampledBetweenness(graph: ActiveTieGraph, sources: readonly string[]): Record<string, number> {
  const { arrays, runs, finish } = sampledRuns(graph, sources);
  return finish(runs.map((run) => dependencySums(arrays.offsets, arrays.targets, run)));
}
