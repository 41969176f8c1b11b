// All shortest paths between two nodes of an undirected view: BFS with predecessor lists, then backtracking.

export interface NodePath {
  nodes: string[];
  edges: string[];
}

export type Neighbours = (node: string) => Iterable<readonly [edge: string, other: string]>;

export const PATH_DEFAULTS = { maxHops: 6, maxPaths: 20 };

/** Every shortest path from `a` to `b` (at most `maxPaths`), or [] when none is within `maxHops`. */
export function allShortestPaths(
  neighbours: Neighbours,
  a: string,
  b: string,
  options: Partial<typeof PATH_DEFAULTS> = {},
): NodePath[] {
  const { maxHops, maxPaths } = { ...PATH_DEFAULTS, ...options };
  if (a === b) return [{ nodes: [a], edges: [] }];
  const dist = new Map<string, number>([[a, 0]]);
  const pred = new Map<string, [string, string][]>();
  let frontier = [a];
  for (let depth = 1; depth <= maxHops && frontier.length && !dist.has(b); depth++) {
    const next: string[] = [];
    for (const n of frontier) {
      for (const [e, m] of neighbours(n)) {
        const d = dist.get(m);
        if (d === undefined) {
          dist.set(m, depth);
          next.push(m);
        }
        if ((d ?? depth) === depth) pred.set(m, [...(pred.get(m) ?? []), [n, e]]);
      }
    }
    frontier = next;
  }
  if (!dist.has(b)) return [];
  const out: NodePath[] = [];
  const walk = (n: string, nodes: string[], edges: string[]): void => {
    if (out.length >= maxPaths) return;
    if (n === a) {
      out.push({ nodes: [a, ...nodes], edges: [...edges] });
      return;
    }
    for (const [p, e] of pred.get(n) ?? []) walk(p, [n, ...nodes], [e, ...edges]);
  };
  walk(b, [], []);
  return out;
}
