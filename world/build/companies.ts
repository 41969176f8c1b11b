// Companies: tiers (ordinary, big, niche specialists, holdings, agencies), unique Chinese names, people and default owners.
import { AGENCY_INDUSTRIES, HOLDING_INDUSTRIES, NICHES, SPECIAL_PRODUCTS, ZIHAO } from '../data/business';
import { REGIONS } from '../data/regions';
import type { Rng } from '../rng';
import { INDUSTRIES, NO_NICHE, NONE, OWN, OWNER_MOBILE, TIER, industryIndex } from '../tables/companies';
import type { World } from '../world';
import { dayBetween } from './people';
import { addStaff } from './staff';

const TIER_PROFILE: Record<
  number,
  { home: number; province: number; forms: number[]; est: [number, number] }
> = {
  [TIER.normal]: { home: 0.88, province: 0.05, forms: [0, 0, 0, 0, 0, 0, 0, 2, 2, 1], est: [1998, 2019] },
  [TIER.big]: { home: 0.6, province: 0.6, forms: [0, 1, 1, 3, 3], est: [1995, 2010] },
  [TIER.special]: { home: 0.5, province: 0.2, forms: [0, 0, 1], est: [2000, 2016] },
  [TIER.holding]: { home: 1, province: 0.3, forms: [0, 0, 3], est: [2000, 2019] },
  [TIER.agency]: { home: 1, province: 0.1, forms: [0, 2], est: [2000, 2018] },
};

/** Niches in use per category: all of them in larger worlds, a few in tiny ones. */
function chooseNiches(w: World, rng: Rng): void {
  const perCat = Math.max(3, Math.round(w.params.niches / 3));
  for (const cat of [0, 1, 2]) {
    const all = NICHES.map((n, i) => (n.cat === cat ? i : -1)).filter((i) => i >= 0);
    w.activeNiches[cat] = rng
      .shuffle(all)
      .slice(0, perCat)
      .sort((a, b) => a - b);
  }
}

function pickNiche(w: World, rng: Rng): number {
  const x = rng.float();
  return rng.pick(w.activeNiches[x < 0.4 ? 0 : x < 0.7 ? 1 : 2]);
}

function industryFor(rng: Rng, tier: number, niche: number): number {
  if (tier === TIER.holding) return industryIndex(rng.pick(HOLDING_INDUSTRIES));
  if (tier === TIER.agency) return industryIndex(rng.pick(AGENCY_INDUSTRIES));
  if (niche >= NICHES.length)
    return industryIndex(SPECIAL_PRODUCTS[(niche - NICHES.length) % SPECIAL_PRODUCTS.length][1]);
  return industryIndex(rng.pick(NICHES[niche].industries));
}

export function regionFor(w: World, rng: Rng, homeShare: number): number {
  if (rng.chance(homeShare)) return rng.pick(w.homeRegions);
  for (;;) {
    const r = rng.int(REGIONS.length);
    if (!w.homeRegions.includes(r)) return r;
  }
}

export interface CompanySpec {
  tier: number;
  niche: number;
  region?: number;
}

/** Adds one company with a unique name, its people and default shareholders; returns its index. */
export function addCompany(w: World, rng: Rng, spec: CompanySpec): number {
  const prof = TIER_PROFILE[spec.tier];
  const region = spec.region ?? regionFor(w, rng, prof.home);
  const industry = industryFor(rng, spec.tier, spec.niche);
  const big = spec.tier === TIER.big;
  let c = -1;
  for (let tries = 0; c < 0; tries++) {
    if (tries > 200) throw new RangeError('could not find a unique company name');
    const z1 = rng.int(ZIHAO.length);
    const z2 = (z1 + 1 + rng.int(ZIHAO.length - 1)) % ZIHAO.length;
    c = w.companies.tryAdd({
      region,
      prefix: rng.chance(prof.province) ? 1 : 0,
      zihao: (z1 << 8) | z2,
      industry: tries > 100 ? rng.int(INDUSTRIES.length) : industry,
      form: rng.pick(prof.forms),
      niche: spec.niche,
      tier: spec.tier,
      est: dayBetween(rng, prof.est[0], prof.est[1]),
      capital: big ? rng.range(5000, 50000) : Math.max(10, Math.round(rng.lognormal(300, 1) / 10) * 10),
      status: rng.chance(0.92) ? 0 : 1,
      eff: big ? rng.lognormal(0.97, 0.02) : rng.lognormal(1, 0.04),
      quality: big ? 80 + rng.normal() * 3 : 72 + rng.normal() * 6,
      phoneRef: rng.chance(0.7) ? OWN : rng.chance(0.85) ? OWNER_MOBILE : NONE,
      emailRef: rng.chance(0.75) ? OWN : NONE,
    });
  }
  addStaff(w, rng, c);
  return c;
}

/** Tier of every company slot, shuffled: agencies, holdings, big firms, niche specialists, the rest ordinary. */
function tierPlan(w: World, rng: Rng): CompanySpec[] {
  const n = w.params.companies;
  const specs: CompanySpec[] = [];
  for (let k = 0; k < Math.max(3, Math.round(n / 250)); k++)
    specs.push({ tier: TIER.agency, niche: NO_NICHE });
  for (let k = 0; k < Math.max(6, Math.round(n * 0.04)); k++)
    specs.push({ tier: TIER.holding, niche: NO_NICHE });
  for (let k = 0; k < w.params.decoys.bigBidders; k++)
    specs.push({ tier: TIER.big, niche: pickNiche(w, rng) });
  for (let m = 0; m < w.params.decoys.nicheMarkets; m++) {
    const size = rng.range(3, 4);
    for (let k = 0; k < size; k++) specs.push({ tier: TIER.special, niche: NICHES.length + m });
  }
  while (specs.length < n) specs.push({ tier: TIER.normal, niche: pickNiche(w, rng) });
  return rng.shuffle(specs);
}

export function buildCompanies(w: World): void {
  const rng = w.rng.fork('companies');
  chooseNiches(w, rng);
  for (const spec of tierPlan(w, rng)) addCompany(w, rng, spec);
}
