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
import { describeControl, votingControl } from './voting';

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
  /** Votes commanded through majority chains (控股链), percent; see voting.ts. */
  control: number;
  direct: number;
  /** Longest chain length (1 = direct holding only). */
  depth: number;
  paths: string[];
  /** 中文 chain of majority control, when control reaches the threshold through other companies. */
  controlPath: string | null;
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
    const econ = reach(ix, holder, o);
    const votes = votingControl(ix, holder, o.threshold, o.maxDepth);
    for (const company of new Set([...econ.keys(), ...votes.keys()])) {
      const h = econ.get(company);
      const v = votes.get(company);
      const pct = h ? Math.round(h.pct * 1e6) / 1e6 : 0;
      const control = v ? Math.round(v.pct * 1e6) / 1e6 : 0;
      if (pct < o.floor && control < o.floor) continue;
      rows.push({
        holder,
        holderLabel: ix.info(holder).label,
        holderName: ix.info(holder).name,
        company,
        companyName: ix.info(company).name,
        pct,
        control,
        direct: h?.direct ?? 0,
        depth: h ? Math.max(...h.paths.map((p) => p.nodes.length - 1)) : 0,
        paths: h ? h.paths.map((p) => describePath(ix, p)) : [],
        controlPath:
          v && v.via.length > 0 && control >= o.threshold
            ? describeControl(ix, holder, company, votes)
            : null,
        chain: h?.paths[0]?.nodes ?? [],
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
          votingPct: 0,
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
