/**
 * Burt's constraint and effective size exactly as NetworkX defines them
 * (`networkx.algorithms.structuralholes`: `constraint(G, weight=...)` and
 * `effective_size(G, weight=...)`) on an undirected weighted graph.
 *
 * NetworkX's mutual weight of u and v on an undirected graph is 2·w(u, v) (the edge is
 * read from both sides); the factor 2 cancels in both normalisations below:
 *   p(u, v) = w(u, v) / Σ_x w(u, x)             (normalized_mutual_weight, norm=sum)
 *   m(v, w) = w(v, w) / max_x w(v, x)           (normalized_mutual_weight, norm=max)
 *   constraint(u)     = Σ_{v∈N(u)} ( p(u, v) + Σ_{w∈N(u)} p(u, w) · p(w, v) )²
 *   effective_size(u) = Σ_{v∈N(u)} ( 1 − Σ_{w∈N(u)} p(u, w) · m(v, w) )
 * Both are undefined (NaN in NetworkX, null here) for a person without ties.
 * NetworkX recomputes each person's total and largest tie weight inside every sum;
 * here they are computed once per person, which changes the cost, not the result.
 */
export interface StructuralHoles {
  readonly constraint: number | null;
  readonly effectiveSize: number | null;
}

export function structuralHoles(adjacency: ReadonlyMap<string, ReadonlyMap<string, number>>): Map<string, StructuralHoles> {
  const total = new Map<string, number>();
  const largest = new Map<string, number>();
  for (const [person, neighbours] of adjacency) {
    let sum = 0;
    let max = 0;
    for (const w of neighbours.values()) {
      sum += w;
      if (w > max) max = w;
    }
    total.set(person, sum);
    largest.set(person, max);
  }
  const p = (u: string, v: string): number => {
    const w = adjacency.get(u)?.get(v);
    const scale = total.get(u) ?? 0;
    return w === undefined || scale === 0 ? 0 : w / scale;
  };
  const m = (v: string, w: string): number => {
    const weight = adjacency.get(v)?.get(w);
    const scale = largest.get(v) ?? 0;
    return weight === undefined || scale === 0 ? 0 : weight / scale;
  };

  const result = new Map<string, StructuralHoles>();
  for (const [u, neighbours] of adjacency) {
    if (neighbours.size === 0) {
      result.set(u, { constraint: null, effectiveSize: null });
      continue;
    }
    let constraint = 0;
    let effectiveSize = 0;
    for (const v of neighbours.keys()) {
      let indirect = 0;
      let redundancy = 0;
      for (const w of neighbours.keys()) {
        const puw = p(u, w);
        indirect += puw * p(w, v);
        redundancy += puw * m(v, w);
      }
      constraint += (p(u, v) + indirect) ** 2;
      effectiveSize += 1 - redundancy;
    }
    result.set(u, { constraint, effectiveSize });
  }
  return result;
}
