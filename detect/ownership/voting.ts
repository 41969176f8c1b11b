// Control through majority chains (控股链): a holder controls every company it holds at or above the
// threshold, directly or through companies it already controls, and then votes their whole stakes.
// Complements the product-along-chains share: 62% of a holding company that owns 51% is 31.62% of the
// economic interest but 51% of the votes, i.e. control.
import { cmp, type OwnershipIndex } from './control';

export interface Voting {
  /** Votes the holder commands in the company, percent (own shares plus those of companies it controls). */
  pct: number;
  /** Companies the holder controls that hold shares here (empty when held only directly). */
  via: string[];
}

/** Voting control of `holder` over every company reachable downward, up to `maxDepth` expansions. */
export function votingControl(
  ix: OwnershipIndex,
  holder: string,
  threshold: number,
  maxDepth: number,
): Map<string, Voting> {
  const out = new Map<string, Voting>();
  const add = (company: string, pct: number, via?: string): void => {
    if (company === holder) return;
    const v = out.get(company) ?? { pct: 0, via: [] };
    v.pct = Math.min(100, v.pct + pct);
    if (via !== undefined) v.via.push(via);
    out.set(company, v);
  };
  for (const e of ix.down.get(holder) ?? []) add(e.company, e.pct);
  const expanded = new Set<string>();
  for (let depth = 1; depth < maxDepth; depth++) {
    const next = [...out.entries()]
      .filter(([c, v]) => v.pct >= threshold && !expanded.has(c))
      .map(([c]) => c)
      .sort(cmp);
    if (next.length === 0) break;
    for (const m of next) {
      expanded.add(m);
      for (const e of ix.down.get(m) ?? []) add(e.company, e.pct, m);
    }
  }
  for (const v of out.values()) v.via.sort(cmp);
  return out;
}

/** 中文 chain of control from holder to company through controlled companies, e.g. 张三 控股 甲控股 控股 乙公司. */
export function describeControl(
  ix: OwnershipIndex,
  holder: string,
  company: string,
  votes: Map<string, Voting>,
): string {
  const seen = new Set<string>();
  const chain: string[] = [company];
  let cur = company;
  while (!seen.has(cur)) {
    seen.add(cur);
    const v = votes.get(cur);
    const via = v?.via.filter((m) => (votes.get(m)?.pct ?? 0) > 0 && !seen.has(m));
    if (!via || via.length === 0) break;
    const best = via.sort((a, b) => (votes.get(b)?.pct ?? 0) - (votes.get(a)?.pct ?? 0) || cmp(a, b))[0];
    chain.unshift(best);
    cur = best;
  }
  chain.unshift(holder);
  const parts = [ix.info(holder).name];
  for (let i = 1; i < chain.length; i++) {
    const e = (ix.down.get(chain[i - 1]) ?? []).find((x) => x.company === chain[i]);
    parts.push(`—${e ? `${Number(e.pct.toFixed(2))}%` : '控股'}→ ${ix.info(chain[i]).name}`);
  }
  return `${parts.join(' ')}（逐层控股，表决权 ${Number((votes.get(company)?.pct ?? 0).toFixed(2))}%）`;
}
