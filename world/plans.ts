// Plans for planted tenders (rings, favoured winners, niche markets, payment anomalies) and how slots are chosen.
import type { Rng } from './rng';
import type { ExpertTieTruth, InterestTransferTruth, RingTruth, Strength } from './truth';
import type { World } from './world';

export interface RingRun {
  readonly truth: RingTruth;
  readonly members: number[];
  readonly strength: Strength;
  /** Cover-bid gap range above the designated winner, percent. */
  readonly gap: readonly [number, number];
  /** Bid-file MAC / IP used by these members in ring tenders. */
  mac?: { value: string; members: Set<number> };
  ip?: { value: string; members: Set<number> };
  /** Member `owner`'s project manager also named in bids of `borrower`. */
  manager?: { pm: number; owner: number; borrower: number };
  readonly gaps: number[];
}

export interface MarketRun {
  readonly members: number[];
  readonly truthIndex: number;
}

export type PayType = 'split' | 'before' | 'over' | 'regular' | 'burst' | 'sameday';

interface Base {
  purchaser: number;
  niche: number;
  /** Budget forced to at least / at most this (fen). */
  minBudgetFen?: number;
  maxBudgetFen?: number;
}

export type TenderPlan =
  | (Base & { kind: 'ring'; run: RingRun; participants: number[]; winner: number; outsiders: number })
  | (Base & {
      kind: 'favour';
      company: number;
      /** Official of the purchaser placed on the panel as 采购人代表. */
      panelOfficial?: number;
      /** Expert forced onto the panel. */
      expert?: number;
      transfer?: InterestTransferTruth;
      tie?: ExpertTieTruth;
      /** Approver of the contract's payments (the official). */
      approver?: number;
      /** Payments are written even if the purchaser is not in the finance export. */
      pay: boolean;
    })
  | (Base & { kind: 'market'; market: MarketRun })
  | (Base & { kind: 'pay'; pay: PayType; truthIndex: number });

/** `n` distinct tender indices in [from, to) not yet planned, ascending. Widens the window when it is full. */
export function takeSlots(w: World, rng: Rng, n: number, from: number, to: number): number[] {
  const total = w.params.tenders;
  let lo = Math.max(0, Math.floor(from));
  let hi = Math.min(total, Math.ceil(to));
  const out = new Set<number>();
  let tries = 0;
  while (out.size < n) {
    const i = lo + rng.int(hi - lo);
    if (!w.plans.has(i) && !out.has(i)) out.add(i);
    if (++tries % (4 * (hi - lo)) === 0) {
      lo = Math.max(0, lo - (hi - lo));
      hi = Math.min(total, hi + (hi - lo));
      if (tries > 50 * total) throw new RangeError('no free tender slots left for planted patterns');
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** A window of `share` of all tenders, ending before `until` of the period (so payments fit). */
export function window(w: World, rng: Rng, share: number, until = 0.85): [number, number] {
  const t = w.params.tenders;
  const len = Math.max(8, Math.round(t * share));
  const start = rng.int(Math.max(1, Math.round(t * until) - len));
  return [start, start + len];
}
