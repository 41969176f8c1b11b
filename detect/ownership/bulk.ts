// Bulk 股权穿透 for rules: every (holder, company) pair where the holder's cumulative control reaches a
// floor, walking down from each natural person (same sum over simple chains as controlOf).
import {
  OwnershipIndex,
  addPath,
  cmp,
  describePath,
  resolveControlOptions,
  type ControlOptions,
  type Holding,
  type OwnershipEdge,
} from './control';

export interface BulkOptions extends ControlOptions {
  /** Holder labels walked from (default Person: natural persons behind companies). */
  holderLabels: string[];
  /** Rows below this cumulative % are dropped (default 25, the fallback controller line). */
  floor: number;
}

/** One row handed to rules as `$control`: holder → company with cumulative % and chains in 中文. */
export interface ControlRow {
  holder: string;
  holderLabel: string;
  holderName: string;
  company: string;
  companyName: string;
  pct: number;
  direct: number;
  /** Longest chain length (1 = direct holding only). */
  depth: number;
  paths: string[];
  /** Keys along the largest chain, holder first. */
  chain: string[];
}

export function controlRows(
  edges: readonly OwnershipEdge[] | OwnershipIndex,
  opts: Partial<BulkOptions> = {},
): ControlRow[] {
  const o = { ...resolveControlOptions(opts), holderLabels: ['Person'], floor: 25 };
  if (opts.holderLabels) o.holderLabels = opts.holderLabels;
  if (opts.floor !== undefined) o.floor = opts.floor;
  const ix = edges instanceof OwnershipIndex ? edges : new OwnershipIndex(edges);
  const rows: ControlRow[] = [];
  const holders = [...ix.down.keys()].filter((k) => o.holderLabels.includes(ix.info(k).label)).sort(cmp);
  for (const holder of holders) {
    for (const h of reach(ix, holder, o).values()) {
      if (h.pct < o.floor) continue;
      const held = ix.info(h.key);
      rows.push({
        holder,
        holderLabel: ix.info(holder).label,
        holderName: ix.info(holder).name,
        company: h.key,
        companyName: held.name,
        pct: Math.round(h.pct * 1e6) / 1e6,
        direct: h.direct,
        depth: Math.max(...h.paths.map((p) => p.nodes.length - 1)),
        paths: h.paths.map((p) => describePath(ix, p)),
        chain: h.paths[0]?.nodes ?? [],
      });
    }
  }
  return rows.sort((a, b) => cmp(a.holder, b.holder) || cmp(a.company, b.company));
}

/** Companies reachable downward from `holder`, with cumulative % (simple chains, depth-capped). */
function reach(ix: OwnershipIndex, holder: string, o: ControlOptions): Map<string, Holding> {
  const out = new Map<string, Holding>();
  const walk = (node: string, chain: string[], pcts: number[], product: number): void => {
    for (const e of ix.down.get(node) ?? []) {
      if (chain.includes(e.company)) continue;
      const pct = (product * e.pct) / 100;
      if (pct < o.minPct) continue;
      const nodes = [...chain, e.company];
      const linkPcts = [...pcts, e.pct];
      let h = out.get(e.company);
      if (!h) {
        const info = ix.info(e.company);
        h = {
          key: e.company,
          label: info.label,
          name: info.name,
          pct: 0,
          direct: 0,
          ultimate: false,
          paths: [],
        };
        out.set(e.company, h);
      }
      h.pct += pct;
      if (chain.length === 1) h.direct = e.pct;
      addPath(h, { nodes, pcts: linkPcts, pct }, o.maxPaths);
      if (nodes.length - 1 < o.maxDepth) walk(e.company, nodes, linkPcts, pct);
    }
  };
  walk(holder, [holder], [], 100);
  return out;
}
