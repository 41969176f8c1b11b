// Evaluation panels: 5 (or 7 for large projects) experts of the category from the pool, sometimes with a purchaser
// representative; planted experts and officials are placed on the panels their plans name.
import type { TenderPlan } from '../plans';
import type { Rng } from '../rng';
import type { World } from '../world';
import type { Bid } from './bids';
import type { Tender } from './tender';

export interface Seat {
  person: number;
  role: '组长' | '成员' | '采购人代表';
}

function panelSize(t: Tender): number {
  return t.budgetFen >= 1_000_000_000 || (t.cat === 0 && t.method === 0 && t.budgetFen >= 400_000_000)
    ? 7
    : 5;
}

function eligible(w: World, t: Tender, bids: readonly Bid[], expert: number): boolean {
  if (w.persons.cols.org.data[expert] === t.purchaser) return false;
  const avoid = w.expertAvoid.get(expert);
  return !avoid || !bids.some((b) => avoid.has(b.c));
}

export function makePanel(w: World, rng: Rng, t: Tender, bids: readonly Bid[], plan?: TenderPlan): Seat[] {
  const size = panelSize(t);
  const seats: Seat[] = [];
  const taken = new Set<number>();
  const official = plan?.kind === 'favour' ? plan.panelOfficial : undefined;
  if (official !== undefined) seats.push({ person: official, role: '采购人代表' });
  else if (rng.chance(0.3)) {
    const offs = w.orgs[t.purchaser].officials;
    seats.push({ person: offs[rng.int(offs.length)], role: '采购人代表' });
  }
  const forced = plan?.kind === 'favour' ? plan.expert : undefined;
  const experts: number[] = forced !== undefined ? [forced] : [];
  if (forced !== undefined) taken.add(forced);
  const pool = w.experts[t.cat];
  for (let tries = 0; experts.length < size - seats.length && tries < 200; tries++) {
    const e = pool[rng.int(pool.length)];
    if (taken.has(e) || !eligible(w, t, bids, e)) continue;
    taken.add(e);
    experts.push(e);
  }
  rng.shuffle(experts);
  experts.forEach((person, k) => seats.push({ person, role: k === 0 ? '组长' : '成员' }));
  return seats;
}
