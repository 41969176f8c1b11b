// Co-bid projection: companies linked by the tenders they bid on together, weighted by
// Σ 1/(n_bidders − 1) over shared tenders (Newman 2001 collaboration weighting), so meeting in a
// crowded tender counts little and a firm that bids everywhere spreads its weight thin.
import { UndirectedGraph } from 'graphology';
import { DEFAULTS } from './options';
import type { BidIndex, CoBidGraph, CompanyAttrs, PairAttrs, TenderRow } from './types';

export interface ProjectionOptions {
  maxBiddersPerTender: number;
  minPairCount: number;
}

export interface Projection {
  graph: CoBidGraph;
  index: BidIndex;
}

/** Distinct bidders of a tender, in first-seen order (a company bidding twice counts once). */
export function bidders(t: TenderRow): string[] {
  return [...new Set(t.bids.map((b) => b.uscc))];
}

/** Tenders by company, an integer id per company, and each tender's bidders as ids (computed once). */
function indexBids(rows: TenderRow[]): { index: BidIndex; who: number[][]; names: string[] } {
  const byCompany = new Map<string, number[]>();
  const ids = new Map<string, number>();
  const names: string[] = [];
  const who = rows.map((t, ti) =>
    bidders(t).map((u) => {
      let id = ids.get(u);
      if (id === undefined) {
        id = names.length;
        ids.set(u, id);
        names.push(u);
        byCompany.set(u, []);
      }
      byCompany.get(u)?.push(ti);
      return id;
    }),
  );
  return { index: { tenders: rows, byCompany }, who, names };
}

/** Bidder-count codes share a float64 with the pair key: key·64 + (n − 1), exact below 2^53. */
const CODE = 64;

/**
 * Every co-bid slot as one number (lo·N + hi)·64 + (n − 1), sorted: runs of equal pairs then give
 * count and Σ 1/(n − 1) without a hash map (≈10× faster than a Map on millions of pairs).
 */
function pairSlots(who: number[][], n: number, maxBidders: number): Float64Array {
  let total = 0;
  for (const w of who) if (w.length >= 2 && w.length <= maxBidders) total += (w.length * (w.length - 1)) / 2;
  const slots = new Float64Array(total);
  let k = 0;
  for (const w of who) {
    if (w.length < 2 || w.length > maxBidders) continue;
    for (let i = 0; i < w.length; i++) {
      for (let j = i + 1; j < w.length; j++) {
        const lo = Math.min(w[i], w[j]);
        slots[k++] = (lo * n + Math.max(w[i], w[j])) * CODE + (w.length - 1);
      }
    }
  }
  return slots.sort();
}

function addPairs(graph: CoBidGraph, slots: Float64Array, names: string[], minCount: number): void {
  const n = names.length;
  for (let i = 0; i < slots.length;) {
    const key = Math.floor(slots[i] / CODE);
    let weight = 0;
    let count = 0;
    for (; i < slots.length && Math.floor(slots[i] / CODE) === key; i++) {
      weight += 1 / (slots[i] - key * CODE);
      count += 1;
    }
    if (count < minCount) continue;
    const a = Math.floor(key / n);
    graph.addUndirectedEdge(names[a], names[key - a * n], { weight, count });
  }
}

/**
 * Builds the weighted co-bid graph. Every company that bid is a node (attribute `bids`); an edge
 * carries `weight` (discounted) and `count` (shared tenders). Pairs that met fewer than
 * `minPairCount` times are left out (a single meeting says nothing about a ring and most pairs
 * meet once). Deterministic: edges are added in pair order.
 */
export function buildCoBidGraph(rows: TenderRow[], opts: Partial<ProjectionOptions> = {}): Projection {
  const o = { maxBiddersPerTender: DEFAULTS.maxBiddersPerTender, minPairCount: 1, ...opts };
  const { index, who, names } = indexBids(rows);
  const graph: CoBidGraph = new UndirectedGraph<CompanyAttrs, PairAttrs>();
  for (const u of names) graph.addNode(u, { bids: index.byCompany.get(u)?.length ?? 0 });
  addPairs(graph, pairSlots(who, names.length, o.maxBiddersPerTender), names, o.minPairCount);
  return { graph, index };
}

/** Co-bid Jaccard of an edge: shared tenders over tenders either bid on. */
export function pairJaccard(graph: CoBidGraph, edge: string): number {
  const { count } = graph.getEdgeAttributes(edge);
  const a = graph.getNodeAttribute(graph.source(edge), 'bids');
  const b = graph.getNodeAttribute(graph.target(edge), 'bids');
  return count / (a + b - count);
}
