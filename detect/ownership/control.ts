// 股权穿透: cumulative control along ownership chains (product along a chain, sum over parallel
// chains, simple paths only so cycles terminate, depth cap) and the actual controller (实际控制人).
import { votingControl } from './voting';

export interface OwnershipEdge {
  /** Holder key: person_id, uscc or org_code. */
  holder: string;
  holderLabel: string;
  holderName?: string;
  /** USCC of the held company. */
  company: string;
  companyName?: string;
  /** Share in percent, 0..100. */
  pct: number;
}

export interface ControlOptions {
  /** Cumulative % at or above which a holder is the actual controller (default 50). */
  threshold: number;
  /** Fallback: the largest ultimate holder at or above this % (default 25), with a note. */
  minorThreshold: number;
  /** Longest ownership chain followed (default 6). */
  maxDepth: number;
  /** Chains whose product falls below this % are not followed further (default 0.01). */
  minPct: number;
  /** Chains kept per holder as evidence, largest first (default 3). */
  maxPaths: number;
}

export const CONTROL_DEFAULTS: ControlOptions = {
  threshold: 50,
  minorThreshold: 25,
  maxDepth: 6,
  minPct: 0.01,
  maxPaths: 3,
};

export function resolveControlOptions(opts: Partial<ControlOptions> = {}): ControlOptions {
  const o = { ...CONTROL_DEFAULTS };
  for (const [k, v] of Object.entries(opts)) if (v !== undefined) (o as Record<string, unknown>)[k] = v;
  return o;
}

/** One chain from a holder down to the company: keys in order and the share on each link. */
export interface ControlPath {
  nodes: string[];
  pcts: number[];
  /** Product of the links, in percent. */
  pct: number;
}

export interface Holding {
  key: string;
  label: string;
  name: string;
  /** Cumulative control in percent (sum over chains of the product along each chain). */
  pct: number;
  /** Direct share in the company, 0 if held only indirectly. */
  direct: number;
  /** Votes commanded through majority chains (控股链), percent; see voting.ts. */
  votingPct: number;
  /** True when nobody upstream holds this holder (natural persons, public bodies, unknown-owner firms). */
  ultimate: boolean;
  paths: ControlPath[];
}

export interface Controller {
  key: string;
  label: string;
  name: string;
  pct: number;
  basis: 'majority' | 'largest';
  /** 中文 explanation of how the controller was determined. */
  note: string;
}

export interface ControlResult {
  company: string;
  companyName: string;
  holders: Holding[];
  controller: Controller | null;
  /** Chains cut by the depth cap or skipped because they would revisit a company (cycle). */
  cut: { depth: number; cycles: number };
}

/** Index of edges, de-duplicated per (holder, company) keeping the larger share. */
export class OwnershipIndex {
  readonly up = new Map<string, OwnershipEdge[]>();
  readonly down = new Map<string, OwnershipEdge[]>();
  readonly names = new Map<string, { label: string; name: string }>();

  constructor(edges: readonly OwnershipEdge[]) {
    const best = new Map<string, OwnershipEdge>();
    for (const e of edges) {
      if (!(e.pct > 0) || e.holder === e.company) continue;
      const id = `${e.holder}\u0000${e.company}`;
      const prev = best.get(id);
      if (!prev || e.pct > prev.pct) best.set(id, e);
      this.names.set(e.holder, { label: e.holderLabel, name: e.holderName ?? e.holder });
      if (!this.names.has(e.company) || e.companyName)
        this.names.set(e.company, { label: 'Company', name: e.companyName ?? e.company });
    }
    const sorted = [...best.values()].sort((a, b) => cmp(a.holder, b.holder) || cmp(a.company, b.company));
    for (const e of sorted) {
      push(this.up, e.company, e);
      push(this.down, e.holder, e);
    }
  }

  info(key: string): { label: string; name: string } {
    return this.names.get(key) ?? { label: 'Company', name: key };
  }

  isUltimate(key: string): boolean {
    return !this.up.has(key);
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Keeps the `max` largest chains (ties by key order) on a holding. */
export function addPath(h: Holding, p: ControlPath, max: number): void {
  h.paths.push(p);
  h.paths.sort((a, b) => b.pct - a.pct || cmp(a.nodes.join('|'), b.nodes.join('|')));
  if (h.paths.length > max) h.paths.length = max;
}

/** Everyone upstream of `company` with cumulative control, and the actual controller. */
export function controlOf(
  edges: readonly OwnershipEdge[] | OwnershipIndex,
  company: string,
  opts: Partial<ControlOptions> = {},
): ControlResult {
  const o = resolveControlOptions(opts);
  const ix = edges instanceof OwnershipIndex ? edges : new OwnershipIndex(edges);
  const holders = new Map<string, Holding>();
  const cut = { depth: 0, cycles: 0 };
  // Walk up from the company; `chain` holds the nodes from the current holder down to the company.
  const walk = (node: string, chain: string[], pcts: number[], product: number): void => {
    for (const e of ix.up.get(node) ?? []) {
      if (chain.includes(e.holder)) {
        cut.cycles++;
        continue;
      }
      const pct = (product * e.pct) / 100;
      if (pct < o.minPct) continue;
      const nodes = [e.holder, ...chain];
      const linkPcts = [e.pct, ...pcts];
      const h = holding(holders, ix, e.holder);
      h.pct += pct;
      if (chain.length === 1) h.direct = e.pct;
      addPath(h, { nodes, pcts: linkPcts, pct }, o.maxPaths);
      if (nodes.length - 1 >= o.maxDepth) {
        if (ix.up.has(e.holder)) cut.depth++;
        continue;
      }
      walk(e.holder, nodes, linkPcts, pct);
    }
  };
  walk(company, [company], [], 100);
  for (const h of holders.values())
    h.votingPct = votingControl(ix, h.key, o.threshold, o.maxDepth).get(company)?.pct ?? 0;
  const list = [...holders.values()].map(round).sort((a, b) => b.pct - a.pct || cmp(a.key, b.key));
  return {
    company,
    companyName: ix.info(company).name,
    holders: list,
    controller: actualController(list, o),
    cut,
  };
}

function holding(m: Map<string, Holding>, ix: OwnershipIndex, key: string): Holding {
  let h = m.get(key);
  if (!h) {
    const { label, name } = ix.info(key);
    h = { key, label, name, pct: 0, direct: 0, votingPct: 0, ultimate: ix.isUltimate(key), paths: [] };
    m.set(key, h);
  }
  return h;
}

function round(h: Holding): Holding {
  return { ...h, pct: Math.round(h.pct * 1e6) / 1e6 };
}

/**
 * 实际控制人: the ultimate holder whose votes through majority chains or whose cumulative share reaches
 * the threshold, else the largest ultimate holder at or above minorThreshold (with a note).
 */
export function actualController(holders: readonly Holding[], o: ControlOptions): Controller | null {
  const ultimate = holders.filter((h) => h.ultimate);
  const strength = (h: Holding) => Math.max(h.pct, h.votingPct);
  const byVotes = [...ultimate].sort(
    (a, b) => strength(b) - strength(a) || b.pct - a.pct || cmp(a.key, b.key),
  );
  const top = byVotes[0];
  if (!top) return null;
  const pct = Math.min(100, strength(top));
  if (pct >= o.threshold) {
    const note =
      top.votingPct >= o.threshold && top.pct < o.threshold
        ? `经逐层控股控制表决权 ${fmtPct(top.votingPct)}（穿透持股 ${fmtPct(top.pct)}），达到 ${o.threshold}% 控制线`
        : `累计控制 ${fmtPct(Math.min(100, top.pct))}` +
          (top.votingPct > top.pct ? `（经逐层控股控制表决权 ${fmtPct(top.votingPct)}）` : '') +
          `，达到 ${o.threshold}% 控制线`;
    return { key: top.key, label: top.label, name: top.name, pct, basis: 'majority', note };
  }
  if (pct < o.minorThreshold) return null;
  const tied = ultimate.filter((h) => strength(h) === strength(top)).length > 1;
  const note =
    `无人累计控制达到 ${o.threshold}%，取最大股东（累计 ${fmtPct(pct)} ≥ ${o.minorThreshold}%）` +
    (tied ? '；存在并列最大股东，需人工核实' : '；需结合协议、任职等核实');
  return { key: top.key, label: top.label, name: top.name, pct, basis: 'largest', note };
}

export function fmtPct(p: number): string {
  return `${Number(p.toFixed(2))}%`;
}

/** 中文 rendering of a chain: 张三 —60%→ 甲公司 —50%→ 乙公司（累计 30%）. */
export function describePath(ix: OwnershipIndex, p: ControlPath): string {
  const parts = [ix.info(p.nodes[0]).name];
  for (let i = 1; i < p.nodes.length; i++)
    parts.push(`—${fmtPct(p.pcts[i - 1])}→ ${ix.info(p.nodes[i]).name}`);
  return `${parts.join(' ')}（累计 ${fmtPct(p.pct)}）`;
}
