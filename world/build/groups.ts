// Corporate groups: holding companies owning operating companies, some chains 3–4 levels deep from the natural person.
import type { Rng } from '../rng';
import { ROLE, TIER } from '../tables/companies';
import { HOLDER, type HoldingRow } from '../tables/links';
import type { World } from '../world';
import { joinControl } from './staff';

/** Hands out ordinary companies nobody has used yet, in a seeded order. */
export class FreeCompanies {
  private readonly order: number[];
  private next = 0;
  constructor(
    private readonly w: World,
    rng: Rng,
  ) {
    const cols = w.companies.cols;
    this.order = [];
    for (let c = 0; c < w.companies.length; c++) if (cols.tier.data[c] === TIER.normal) this.order.push(c);
    rng.shuffle(this.order);
  }

  /** The next free ordinary company passing `ok`, marked with `role`; -1 when none is left. */
  take(role: number, ok: (c: number) => boolean = () => true): number {
    const cols = this.w.companies.cols;
    const used = (c: number): boolean => cols.role.data[c] !== ROLE.none || cols.ctrl.data[c] >= 0;
    while (this.next < this.order.length && used(this.order[this.next])) this.next++;
    for (let k = this.next; k < this.order.length; k++) {
      const c = this.order[k];
      if (used(c) || !ok(c)) continue;
      cols.role.data[c] = role;
      return c;
    }
    return -1;
  }
}

/** `parent` takes `pct` (hundredths) of `child`; the child's other owners keep the rest in proportion. */
export function giveStake(
  w: World,
  child: number,
  kind: number,
  parent: number,
  pct: number,
  since: number,
): void {
  const old = w.holdings.of(child);
  const total = old.reduce((s, r) => s + r.pct, 0);
  const rest = Math.max(0, Math.min(10000, total) - pct);
  const rows: HoldingRow[] = [];
  let left = rest;
  old.forEach((r, k) => {
    const share = k === old.length - 1 ? left : Math.round((r.pct / total) * rest);
    left -= share;
    if (share > 0) rows.push({ ...r, pct: share });
  });
  rows.unshift({ kind, holder: parent, pct, since });
  w.holdings.set(child, rows);
}

/** When a stake in `companies` was taken: after they were all founded, before the data period starts. */
export function stakeSince(w: World, rng: Rng, ...companies: number[]): number {
  const base = Math.max(...companies.map((c) => w.companies.cols.est.data[c]));
  return base + rng.int(Math.max(1, Math.min(900, w.period.start - 60 - base)));
}

function own(w: World, rng: Rng, parent: number, child: number, lo: number, hi: number): void {
  const since = stakeSince(w, rng, parent, child);
  giveStake(w, child, HOLDER.company, parent, rng.range(lo, hi) * 100, since);
  joinControl(w, parent, child);
}

/** Builds the groups: top holdings may own mid holdings; holdings own 1–3 companies; some of those own one more. */
export function buildGroups(w: World): void {
  const rng = w.rng.fork('groups');
  const cols = w.companies.cols;
  const holdings: number[] = [];
  for (let c = 0; c < w.companies.length; c++) if (cols.tier.data[c] === TIER.holding) holdings.push(c);
  const free = new FreeCompanies(w, rng);
  const tops = holdings.filter((_, k) => k % 4 === 0);
  for (const h of holdings) {
    cols.role.data[h] = ROLE.group;
    if (!tops.includes(h) && rng.chance(0.4)) own(w, rng, rng.pick(tops), h, 60, 100);
    const subs = rng.range(1, 3);
    for (let k = 0; k < subs; k++) {
      const sub = free.take(ROLE.group);
      if (sub < 0) return;
      own(w, rng, h, sub, 51, 100);
      if (!rng.chance(0.3)) continue;
      const subsub = free.take(ROLE.group);
      if (subsub >= 0) own(w, rng, sub, subsub, 51, 80);
    }
  }
}
