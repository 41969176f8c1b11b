// Weighted modularity (Newman & Girvan 2004; Reichardt & Bornholdt resolution γ), computed from the
// edge list alone so it can check what Louvain reports and compare partitions from other tools.

export interface WeightedEdge {
  source: string;
  target: string;
  weight: number;
}

/**
 * Q = Σ_c [ W_c / m − γ (D_c / 2m)² ], where m is the total edge weight, W_c the weight of edges
 * inside community c and D_c the summed weighted degree of its nodes. Self-loops count once in W_c
 * and twice in D_c. Nodes missing from `community` are singletons.
 */
export function modularity(
  edges: Iterable<WeightedEdge>,
  community: (node: string) => number | string | undefined,
  resolution = 1,
): number {
  let m = 0;
  const inside = new Map<number | string, number>();
  const degree = new Map<number | string, number>();
  const add = (map: Map<number | string, number>, k: number | string, v: number) =>
    map.set(k, (map.get(k) ?? 0) + v);
  for (const { source, target, weight } of edges) {
    const cs = community(source) ?? `singleton:${source}`;
    const ct = community(target) ?? `singleton:${target}`;
    m += weight;
    add(degree, cs, weight);
    add(degree, ct, weight);
    if (cs === ct) add(inside, cs, weight);
  }
  if (m === 0) return 0;
  let q = 0;
  for (const [c, d] of degree) q += (inside.get(c) ?? 0) / m - resolution * (d / (2 * m)) ** 2;
  return q;
}
