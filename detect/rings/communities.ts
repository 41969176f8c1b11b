// Candidate groups: Louvain (Blondel et al. 2008, graphology-communities-louvain, seeded) on the
// co-bid graph, then each community is cut to its strong ties (pairs that bid together often, high
// co-bid Jaccard) and split again by Louvain on those ties until groups are 3–8-ish firms.
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { mulberry32, subSeed, type Rng } from '../rng';
import { DEFAULTS, type RingOptions } from './options';
import { pairJaccard } from './projection';
import type { CoBidGraph } from './types';

export type CommunityOptions = Pick<
  RingOptions,
  | 'seed'
  | 'resolution'
  | 'refineResolution'
  | 'maxRefineDepth'
  | 'minPairCoBids'
  | 'minPairJaccard'
  | 'minGroupSize'
  | 'maxGroupSize'
>;

export interface CommunityResult {
  /** Candidate groups, each sorted, the list sorted by first member. */
  groups: string[][];
  /** Top-level Louvain community of every node. */
  communities: Record<string, number>;
  count: number;
  /** Modularity of the top-level partition, as reported by Louvain. */
  modularity: number;
}

type TieGraph = UndirectedGraph<Record<string, never>, { weight: number }>;

/** The strong ties among `nodes`: pairs with count ≥ minPairCoBids and Jaccard ≥ minPairJaccard. */
export function strongTies(graph: CoBidGraph, nodes: string[], o: CommunityOptions): TieGraph {
  const members = new Set(nodes);
  const ties: TieGraph = new UndirectedGraph();
  for (const u of nodes) {
    graph.forEachEdge(u, (edge, attrs, s, t) => {
      const other = s === u ? t : s;
      if (other < u || !members.has(other) || attrs.count < o.minPairCoBids) return;
      const j = pairJaccard(graph, edge);
      if (j < o.minPairJaccard) return;
      ties.mergeNode(u);
      ties.mergeNode(other);
      ties.addUndirectedEdge(u, other, { weight: j });
    });
  }
  return ties;
}

function components(ties: TieGraph): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  ties.forEachNode((start) => {
    if (seen.has(start)) return;
    const comp: string[] = [];
    const stack = [start];
    seen.add(start);
    while (stack.length) {
      const u = stack.pop() as string;
      comp.push(u);
      ties.forEachNeighbor(u, (v) => {
        if (!seen.has(v)) {
          seen.add(v);
          stack.push(v);
        }
      });
    }
    out.push(comp);
  });
  return out;
}

/** The ties among `nodes` only (nodes left without a tie drop out). */
function induced(g: TieGraph, nodes: Iterable<string>): TieGraph {
  const keep = new Set(nodes);
  const out: TieGraph = new UndirectedGraph();
  for (const u of keep) {
    g.forEachEdge(u, (_e, a, s, t) => {
      const v = s === u ? t : s;
      if (v < u || !keep.has(v)) return;
      out.mergeNode(u);
      out.mergeNode(v);
      out.addUndirectedEdge(u, v, { weight: a.weight });
    });
  }
  return out;
}

/** Drops the node with the weakest tie strength until the group fits (a k-core style peel). */
function peel(g: TieGraph, maxSize: number): string[] {
  const keep = new Set(g.nodes());
  while (keep.size > maxSize) {
    let worst = '';
    let worstStrength = Infinity;
    for (const u of [...keep].sort()) {
      let s = 0;
      g.forEachEdge(u, (_e, a, x, y) => {
        if (keep.has(x === u ? y : x)) s += a.weight;
      });
      if (s < worstStrength) [worst, worstStrength] = [u, s];
    }
    keep.delete(worst);
  }
  return [...keep];
}

/** Splits a connected tie graph by Louvain (resolution doubling with depth) until pieces fit. */
function split(g: TieGraph, o: CommunityOptions, rng: Rng, depth: number): string[][] {
  if (g.order < o.minGroupSize) return [];
  if (g.order <= o.maxGroupSize) return [g.nodes()];
  if (depth >= o.maxRefineDepth) return [peel(g, o.maxGroupSize)];
  const parts = louvain(g, { getEdgeWeight: 'weight', resolution: o.refineResolution * 2 ** depth, rng });
  const out: string[][] = [];
  for (const part of byCommunity(parts).values()) {
    for (const comp of components(induced(g, part))) out.push(...split(induced(g, comp), o, rng, depth + 1));
  }
  return out;
}

function byCommunity(parts: Record<string, number>): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const [u, c] of Object.entries(parts)) {
    if (!out.has(c)) out.set(c, []);
    out.get(c)?.push(u);
  }
  return out;
}

/** Louvain on the whole co-bid graph, then refinement of every community into tight candidate groups. */
export function findCommunities(graph: CoBidGraph, opts: Partial<CommunityOptions> = {}): CommunityResult {
  const o: CommunityOptions = { ...DEFAULTS, ...opts };
  const detailed = louvain.detailed(graph, {
    getEdgeWeight: 'weight',
    resolution: o.resolution,
    rng: mulberry32(subSeed(o.seed, 'louvain')),
  });
  const rng = mulberry32(subSeed(o.seed, 'refine'));
  const groups: string[][] = [];
  for (const nodes of byCommunity(detailed.communities).values()) {
    if (nodes.length < o.minGroupSize) continue;
    const ties = strongTies(graph, nodes, o);
    for (const comp of components(ties)) groups.push(...split(induced(ties, comp), o, rng, 0));
  }
  const sorted = groups.map((g) => [...g].sort()).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    groups: sorted,
    communities: detailed.communities,
    count: detailed.count,
    modularity: detailed.modularity,
  };
}
