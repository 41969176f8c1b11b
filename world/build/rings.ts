// Planted bid-rigging rings: 3–8 firms of one niche that co-bid at a few purchasers, rotate wins and lose with cover bids.
import { CATEGORIES, NICHES } from '../data/business';
import { REGIONS } from '../data/regions';
import { takeSlots, window, type RingRun } from '../plans';
import type { Rng } from '../rng';
import { ROLE } from '../tables/companies';
import type { RingTruth, Strength } from '../truth';
import type { World } from '../world';
import { plantRingLinks } from './ring-links';

const STRENGTHS: Strength[] = ['strong', 'medium', 'weak'];
const SHAPE: Record<
  Strength,
  { size: [number, number]; tenders: [number, number]; gap: [number, number]; outsiders: number }
> = {
  strong: { size: [3, 6], tenders: [10, 20], gap: [2, 5], outsiders: 0.1 },
  medium: { size: [3, 8], tenders: [8, 14], gap: [2, 8], outsiders: 0.3 },
  weak: { size: [3, 5], tenders: [6, 10], gap: [3, 10], outsiders: 0.5 },
};

/** Members: an anchor firm and others of its niche, from its city when possible. */
function pickMembers(w: World, rng: Rng, niche: number, size: number): number[] {
  const cols = w.companies.cols;
  const free = w.pools[niche].filter((c) => cols.role.data[c] === ROLE.none && cols.ctrl.data[c] < 0);
  if (free.length < size) return [];
  rng.shuffle(free);
  const city = REGIONS[cols.region.data[free[0]]].city;
  const local = free.filter((c) => REGIONS[cols.region.data[c]].city === city);
  const members = (local.length >= size ? local : free).slice(0, size);
  for (const c of members) cols.role.data[c] = ROLE.ring;
  return members;
}

function pickPurchasers(w: World, rng: Rng, region: number, cat: number): number[] {
  const home = w.homeRegions.includes(region) ? region : rng.pick(w.homeRegions);
  let cands = w.orgs.filter((o) => o.region === home && o.cats[cat] >= 0.15 && o.kind !== 'village');
  if (cands.length === 0) cands = w.orgs.filter((o) => o.cats[cat] >= 0.15);
  rng.shuffle(cands);
  return cands.slice(0, rng.range(1, Math.min(3, cands.length))).map((o) => o.idx);
}

/** Which members take part in one ring tender, and who is the designated winner (rotation). */
function tenderPlan(rng: Rng, members: number[], strength: Strength, turn: number): [number[], number] {
  const order = members;
  let parts: number[];
  if (strength === 'strong')
    parts = rng.chance(0.8) ? [...order] : order.filter((_, k) => k !== rng.int(order.length));
  else {
    const n = rng.range(3, order.length);
    parts = rng.shuffle([...order]).slice(0, n);
  }
  for (let k = 0; k < order.length; k++) {
    const c = order[(turn + k) % order.length];
    if (parts.includes(c)) return [parts, c];
  }
  return [parts, parts[0]];
}

function plantRing(w: World, rng: Rng, r: number, strength: Strength): void {
  const shape = SHAPE[strength];
  const cat = rng.int(3);
  const niches = [...w.activeNiches[cat]].sort((a, b) => w.pools[b].length - w.pools[a].length);
  const niche = niches[rng.int(Math.min(3, niches.length))];
  const size = Math.min(rng.range(shape.size[0], shape.size[1]), Math.max(3, w.pools[niche].length - 6));
  const members = rng.shuffle(pickMembers(w, rng, niche, size));
  if (members.length < 3) return;
  const purchasers = pickPurchasers(w, rng, w.companies.cols.region.data[members[0]], cat);
  const truth: RingTruth = {
    id: `RING-${String(r + 1).padStart(4, '0')}`,
    strength,
    category: CATEGORIES[cat],
    niche: NICHES[niche].name,
    members: members.map((c) => w.companies.uscc(c)),
    tenders: [],
    purchasers: [],
    wins: {},
    lostTo: {},
    outsiders: [],
    links: [],
    coverGapPct: { min: 0, max: 0, mean: 0 },
  };
  const run: RingRun = { truth, members, strength, gap: shape.gap, gaps: [] };
  plantRingLinks(w, rng, run, r);
  const [lo, hi] = window(w, rng, rng.uniform(0.3, 0.6), 1);
  const slots = takeSlots(w, rng, rng.range(shape.tenders[0], shape.tenders[1]), lo, hi);
  slots.forEach((slot, turn) => {
    const [participants, winner] = tenderPlan(rng, members, strength, turn);
    const purchaser = purchasers[rng.chance(0.6) ? 0 : rng.int(purchasers.length)];
    const outsiders = rng.chance(shape.outsiders) ? rng.range(1, 3) : 0;
    w.plans.set(slot, { kind: 'ring', purchaser, niche, run, participants, winner, outsiders });
  });
  w.truth.rings.push(truth);
}

export function plantRings(w: World): void {
  const rng = w.rng.fork('rings');
  const order = rng.shuffle([...Array(w.params.planted.rings).keys()].map((k) => STRENGTHS[k % 3]));
  order.forEach((strength, r) => plantRing(w, rng, r, strength));
}
