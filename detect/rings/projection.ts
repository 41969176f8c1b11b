// Co-bid projection: companies linked by the tenders they bid on together, weighted by
// Σ 1/(n_bidders − 1) over shared tenders (Newman 2001 collaboration weighting), so meeting in a
// crowded tender counts little and a firm that bids everywhere spreads its weight thin.
import { UndirectedGraph } from 'graphology';
import { DEFAULTS } from './options';
import type { BidIndex, CoBidGraph, CompanyAttrs, PairAttrs, TenderRow } from './types';

export interface ProjectionOptions {
  maxBiddersPerTender: number;
}

export interface Projection {
  graph: CoBidGraph;
  index: BidIndex;
}

/** Distinct bidders of a tender, in first-seen order (a company bidding twice counts once). */
export function bidders(t: TenderRow): string[] {
  return [...new Set(t.bids.map((b) => b.uscc))];
}

function indexBids(rows: TenderRow[]): { index: BidIndex; ids: Map<string, number>; names: string[] } {
  const byCompany = new Map<string, number[]>();
  const ids = new Map<string, number>();
  const names: string[] = [];
  rows.forEach((t, ti) => {
    for (const u of bidders(t)) {
      let list = byCompany.get(u);
      if (!list) {
        list = [];
        byCompany.set(u, list);
        ids.set(u, names.length);
        names.push(u);
      }
      list.push(ti);
    }
  });
  return { index: { tenders: rows, byCompany }, ids, names };
}

/** Accumulates pair weights keyed by lo·N + hi over integer company ids (fast, no string keys). */
function accumulatePairs(rows: TenderRow[], ids: Map<string, number>, maxBidders: number) {
  const n = ids.size;
  const pairs = new Map<number, PairAttrs>();
  for (const t of rows) {
    const who = bidders(t).map((u) => ids.get(u) as number);
    if (who.length < 2 || who.length > maxBidders) continue;
    const w = 1 / (who.length - 1);
    for (let i = 0; i < who.length; i++) {
      for (let j = i + 1; j < who.length; j++) {
        const a = Math.min(who[i], who[j]);
        const key = a * n + Math.max(who[i], who[j]);
        const p = pairs.get(key);
        if (p) {
          p.weight += w;
          p.count += 1;
        } else pairs.set(key, { weight: w, count: 1 });
      }
    }
  }
  return pairs;
}

/**
 * Builds the weighted co-bid graph. Every company that bid is a node (attribute `bids`); an edge
 * carries `weight` (discounted) and `count` (shared tenders). Deterministic: insertion follows input order.
 */
export function buildCoBidGraph(rows: TenderRow[], opts: Partial<ProjectionOptions> = {}): Projection {
  const { maxBiddersPerTender } = { maxBiddersPerTender: DEFAULTS.maxBiddersPerTender, ...opts };
  const { index, ids, names } = indexBids(rows);
  const graph: CoBidGraph = new UndirectedGraph<CompanyAttrs, PairAttrs>();
  for (const u of names) graph.addNode(u, { bids: index.byCompany.get(u)?.length ?? 0 });
  const n = names.length;
  const pairs = accumulatePairs(rows, ids, maxBiddersPerTender);
  for (const [key, attrs] of pairs) {
    const a = Math.floor(key / n);
    graph.addUndirectedEdge(names[a], names[key - a * n], attrs);
  }
  return { graph, index };
}

/** Co-bid Jaccard of an edge: shared tenders over tenders either bid on. */
export function pairJaccard(graph: CoBidGraph, edge: string): number {
  const { count } = graph.getEdgeAttributes(edge);
  const a = graph.getNodeAttribute(graph.source(edge), 'bids');
  const b = graph.getNodeAttribute(graph.target(edge), 'bids');
  return count / (a + b - count);
}
