// Who bids on a tender: ordinary firms of the niche (local ones preferred), big firms of the category, never two firms
// under one controller, never a firm barred from the purchaser.
import { REGIONS } from '../data/regions';
import type { Rng } from '../rng';
import type { World } from '../world';
import type { Tender } from './tender';

/** How many bidders a method draws (before pool limits). */
export function bidderCount(rng: Rng, t: Tender): number {
  switch (t.method) {
    case 0:
      return Math.min(40, 6 + Math.floor(rng.lognormal(7, 0.6)));
    case 1:
      return rng.range(3, 7);
    case 2:
      return rng.range(3, 5);
    case 3:
      return rng.range(3, 6);
    default:
      return 1;
  }
}

/** Tracks firms and controllers already bidding on one tender. */
export class Entrants {
  readonly list: number[] = [];
  private readonly firms = new Set<number>();
  private readonly ctrls = new Set<number>();

  constructor(private readonly w: World) {}

  has(c: number): boolean {
    return this.firms.has(c);
  }

  canAdd(c: number, purchaser: number): boolean {
    const ctrl = this.w.companies.cols.ctrl.data[c];
    if (this.firms.has(c) || (ctrl >= 0 && this.ctrls.has(ctrl))) return false;
    return !this.w.forbid.get(c)?.has(purchaser);
  }

  add(c: number): void {
    this.list.push(c);
    this.firms.add(c);
    const ctrl = this.w.companies.cols.ctrl.data[c];
    if (ctrl >= 0) this.ctrls.add(ctrl);
  }
}

/** Adds up to `n` honest firms of the tender's niche (then its category), preferring the purchaser's city. */
export function addHonest(w: World, rng: Rng, t: Tender, e: Entrants, n: number): void {
  const city = REGIONS[w.orgs[t.purchaser].region].city;
  const own = w.pools[t.niche] ?? [];
  const sameCat = w.activeNiches[t.cat];
  const regions = w.companies.cols.region.data;
  let added = 0;
  for (let tries = 0; added < n && tries < 30 * n + 30; tries++) {
    const pool = own.length > n + 2 || tries % 4 !== 3 ? own : w.pools[rng.pick(sameCat)];
    if (pool.length === 0) continue;
    const c = pool[rng.int(pool.length)];
    if (REGIONS[regions[c]].city !== city && tries < 20 * n && rng.chance(0.6)) continue;
    if (!e.canAdd(c, t.purchaser)) continue;
    e.add(c);
    added++;
  }
}

/** Big firms of the category join independently, so each bids on a large share of its category's tenders. */
export function addBig(w: World, rng: Rng, t: Tender, e: Entrants): void {
  const big = w.big[t.cat];
  if (big.length === 0) return;
  const p = Math.min(0.35, 2 / big.length);
  for (const c of big) if (rng.chance(p) && e.canAdd(c, t.purchaser)) e.add(c);
}
