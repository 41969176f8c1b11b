// Bid prices and technical scores: honest dispersion (budget × lognormal around 0.9, CV 5–15 %), ring cover bids a few
// percent above the designated winner, favoured firms nudged to win, niche specialists bidding independently.
import type { TenderPlan } from '../plans';
import type { Rng } from '../rng';
import type { World } from '../world';
import { Entrants, addBig, addHonest, bidderCount } from './bidders';
import type { Tender } from './tender';

export interface Bid {
  readonly c: number;
  priceFen: number;
  tech: number;
  score: number;
  rank: number;
  winner: boolean;
  /** Part in a planted ring tender: the designated winner, a cover bidder, or neither. */
  readonly part: 'honest' | 'ring-winner' | 'cover';
}

const clampTech = (x: number): number => Math.max(40, Math.min(98, x));

function roundPrice(rng: Rng, fen: number): number {
  return rng.chance(0.3) ? Math.round(fen) : Math.round(fen / 100) * 100;
}

export function honestBid(w: World, rng: Rng, t: Tender, c: number, sigma: number): Bid {
  const eff = w.companies.cols.eff.data[c];
  let f = 0;
  for (let k = 0; k < 6; k++) {
    f = eff * rng.lognormal(0.9, sigma);
    if (f < 0.998) break;
  }
  if (f >= 0.998) f = rng.uniform(0.96, 0.998);
  const tech = clampTech(w.companies.cols.quality.data[c] + rng.normal() * 5);
  return {
    c,
    priceFen: roundPrice(rng, t.budgetFen * f),
    tech,
    score: NaN,
    rank: 0,
    winner: false,
    part: 'honest',
  };
}

function honestSet(w: World, rng: Rng, t: Tender, e: Entrants, min: number): void {
  addHonest(w, rng, t, e, Math.max(min, bidderCount(rng, t)) - e.list.length);
  if (t.method <= 1) addBig(w, rng, t, e);
}

function ringBids(w: World, rng: Rng, t: Tender, plan: Extract<TenderPlan, { kind: 'ring' }>): Bid[] {
  const bids: Bid[] = [];
  const ceiling = 0.995 / (1 + plan.run.gap[1] / 100);
  const winPrice = Math.round(t.budgetFen * Math.min(ceiling, rng.lognormal(ceiling * 0.975, 0.012)));
  for (const c of plan.participants) {
    if (c === plan.winner) {
      bids.push({
        c,
        priceFen: winPrice,
        tech: clampTech(88 + rng.normal() * 3),
        score: NaN,
        rank: 0,
        winner: false,
        part: 'ring-winner',
      });
      continue;
    }
    const gap = rng.uniform(plan.run.gap[0], plan.run.gap[1]);
    plan.run.gaps.push(gap);
    const priceFen = Math.round((winPrice * (1 + gap / 100)) / 100) * 100;
    bids.push({
      c,
      priceFen,
      tech: clampTech(70 + rng.normal() * 4),
      score: NaN,
      rank: 0,
      winner: false,
      part: 'cover',
    });
  }
  const e = new Entrants(w);
  for (const c of plan.participants) e.add(c);
  addHonest(w, rng, t, e, plan.outsiders);
  const sigma = rng.uniform(0.05, 0.15);
  for (const c of e.list.slice(plan.participants.length)) bids.push(honestBid(w, rng, t, c, sigma));
  return bids;
}

function favourBids(w: World, rng: Rng, t: Tender, company: number): Bid[] {
  const e = new Entrants(w);
  e.add(company);
  honestSet(w, rng, t, e, 3);
  const sigma = rng.uniform(0.05, 0.15);
  const bids = e.list.map((c) => honestBid(w, rng, t, c, sigma));
  const others = bids.slice(1);
  if (others.length === 0) return bids;
  const minOther = Math.min(...others.map((b) => b.priceFen));
  const fav = bids[0];
  fav.priceFen = Math.min(fav.priceFen, Math.round(minOther * rng.uniform(0.97, 0.995)));
  if (t.scored)
    fav.tech = clampTech(Math.max(fav.tech, Math.max(...others.map((b) => b.tech)) + rng.uniform(1, 5)));
  return rng.shuffle(bids);
}

function marketBids(w: World, rng: Rng, t: Tender, members: readonly number[]): Bid[] {
  const parts =
    members.length > 3 && rng.chance(0.25)
      ? members.filter((_, k) => k !== rng.int(members.length))
      : members;
  const sigma = rng.uniform(0.05, 0.1);
  return parts.map((c) => honestBid(w, rng, t, c, sigma));
}

/** All bids of one tender, before ranking. */
export function makeBids(w: World, rng: Rng, t: Tender, plan?: TenderPlan): Bid[] {
  if (plan?.kind === 'ring') return ringBids(w, rng, t, plan);
  if (plan?.kind === 'favour') return favourBids(w, rng, t, plan.company);
  if (plan?.kind === 'market') return marketBids(w, rng, t, plan.market.members);
  const e = new Entrants(w);
  if (t.method === 4) {
    addHonest(w, rng, t, e, 1);
    return e.list.map((c) => ({
      ...honestBid(w, rng, t, c, 0.02),
      priceFen: Math.round(t.budgetFen * rng.uniform(0.95, 1)),
    }));
  }
  honestSet(w, rng, t, e, plan ? 3 : 2);
  const sigma = rng.uniform(0.05, 0.15);
  return e.list.map((c) => honestBid(w, rng, t, c, sigma));
}

/** Ranks bids: by score (30 price + 60 technical + 10 business) for 综合评分法, else by price; marks the winner. */
export function rankBids(rng: Rng, t: Tender, bids: Bid[]): Bid | undefined {
  if (bids.length === 0) return undefined;
  const minPrice = Math.min(...bids.map((b) => b.priceFen));
  if (t.scored) {
    for (const b of bids)
      b.score = Math.round((30 * (minPrice / b.priceFen) + 0.6 * b.tech + rng.uniform(7, 10)) * 100) / 100;
  }
  const order = [...bids].sort(
    (a, b) => (t.scored ? b.score - a.score : a.priceFen - b.priceFen) || a.c - b.c,
  );
  order.forEach((b, k) => (b.rank = k + 1));
  order[0].winner = true;
  return order[0];
}
