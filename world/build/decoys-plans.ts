// Decoy tenders: niche markets where the same few honest specialists always meet, and regular sub-threshold installments.
import { NICHES, SPECIAL_PRODUCTS } from '../data/business';
import { REGIONS } from '../data/regions';
import { takeSlots, window } from '../plans';
import type { Rng } from '../rng';
import { TIER } from '../tables/companies';
import { THRESHOLD_FEN, type World } from '../world';

/** Display name of special market `m` (product, plus the city when products repeat). */
export function marketName(w: World, m: number): string {
  const product = SPECIAL_PRODUCTS[m % SPECIAL_PRODUCTS.length][0];
  if (m < SPECIAL_PRODUCTS.length) return product;
  const region = w.homeRegions[Math.floor(m / SPECIAL_PRODUCTS.length) % w.homeRegions.length];
  return `${product}（${REGIONS[region].city || REGIONS[region].district}${Math.floor(m / SPECIAL_PRODUCTS.length)}）`;
}

function nicheMarkets(w: World, rng: Rng): void {
  const buyers = w.orgs.filter((o) => o.cats[1] >= 0.3 && o.kind !== 'village').map((o) => o.idx);
  for (let m = 0; m < w.params.decoys.nicheMarkets; m++) {
    const niche = NICHES.length + m;
    const members = w.pools[niche].filter((c) => w.companies.cols.tier.data[c] === TIER.special);
    const truthIndex = w.truth.decoys.nicheMarkets.length;
    w.truth.decoys.nicheMarkets.push({
      niche: marketName(w, m),
      members: members.map((c) => w.companies.uscc(c)),
      tenders: [],
      wins: {},
    });
    const [lo, hi] = window(w, rng, 0.7, 1);
    for (const slot of takeSlots(w, rng, rng.range(6, 15), lo, hi)) {
      w.plans.set(slot, {
        kind: 'market',
        purchaser: rng.pick(buyers),
        niche,
        market: { members, truthIndex },
      });
    }
  }
}

const SERVICE_NICHES = ['物业', '保安', '环卫', '餐饮'];

function regularInstallments(w: World, rng: Rng): void {
  const service = w.activeNiches[2];
  const preferred = service.filter((n) => SERVICE_NICHES.includes(NICHES[n].name));
  const niches = preferred.length > 0 ? preferred : service;
  const buyers = w.orgs.filter((o) => o.kind !== 'village').map((o) => o.idx);
  for (let k = 0; k < w.params.decoys.regularInstallments; k++) {
    const [lo, hi] = window(w, rng, 0.4, 0.7);
    const [slot] = takeSlots(w, rng, 1, lo, hi);
    const minBudgetFen = Math.round((12 * THRESHOLD_FEN * rng.uniform(1.15, 1.3)) / 100_000) * 100_000;
    w.plans.set(slot, {
      kind: 'pay',
      pay: 'regular',
      purchaser: rng.pick(buyers),
      niche: rng.pick(niches),
      minBudgetFen,
      truthIndex: k,
    });
  }
}

/** Near misses of the payment rules: small bursts that stay under the threshold, advances paid on the signing day. */
function nearMisses(w: World, rng: Rng): void {
  const buyers = w.orgs.filter((o) => o.kind !== 'village').map((o) => o.idx);
  const goods = w.activeNiches[1];
  const add = (pay: 'burst' | 'sameday', n: number): void => {
    for (let k = 0; k < n; k++) {
      const [lo, hi] = window(w, rng, 0.3, 0.8);
      const [slot] = takeSlots(w, rng, 1, lo, hi);
      const cap =
        pay === 'burst'
          ? Math.round((THRESHOLD_FEN * rng.uniform(0.55, 0.95)) / 100_000) * 100_000
          : undefined;
      const minBudgetFen = cap === undefined ? undefined : Math.round(cap * 0.8);
      w.plans.set(slot, {
        kind: 'pay',
        pay,
        purchaser: rng.pick(buyers),
        niche: rng.pick(goods),
        minBudgetFen,
        maxBudgetFen: cap,
        truthIndex: k,
      });
    }
  };
  add('burst', w.params.decoys.paymentBursts);
  add('sameday', w.params.decoys.paidOnSigningDay);
}

export function planDecoyTenders(w: World): void {
  const rng = w.rng.fork('decoy-plans');
  nicheMarkets(w, rng);
  regularInstallments(w, rng);
  nearMisses(w, rng);
}

/** Planted payment anomalies on otherwise honest tenders: split payments, paid before signing, paid beyond the contract. */
export function planPaymentAnomalies(w: World): void {
  const rng = w.rng.fork('pay-plans');
  const buyers = w.orgs.filter((o) => o.officials.length >= 4).map((o) => o.idx);
  const all = w.activeNiches.flat();
  const { splitPayments, paymentBeforeContract, paymentOverContract } = w.params.planted;
  const add = (pay: 'split' | 'before' | 'over', n: number): void => {
    for (let k = 0; k < n; k++) {
      const [lo, hi] = window(w, rng, 0.3, 0.8);
      const [slot] = takeSlots(w, rng, 1, lo, hi);
      const minBudgetFen =
        pay === 'split'
          ? Math.round((5 * THRESHOLD_FEN * rng.uniform(1.6, 2.4)) / 100_000) * 100_000
          : undefined;
      w.plans.set(slot, {
        kind: 'pay',
        pay,
        purchaser: rng.pick(buyers),
        niche: rng.pick(all),
        minBudgetFen,
        truthIndex: k,
      });
    }
  };
  add('split', splitPayments);
  add('before', paymentBeforeContract);
  add('over', paymentOverContract);
}
