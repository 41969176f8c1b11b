// A company's people (legal representative, partner, supervisor, finance, project managers, contact) and default owners.
import { TIER } from '../tables/companies';
import { HOLDER, type HoldingRow } from '../tables/links';
import type { Org } from '../tables/orgs';
import { CAT } from '../tables/persons';
import type { Rng } from '../rng';
import type { World } from '../world';
import { REL } from './families';
import { newPerson } from './people';

/** Recent legal representatives by region, for people who run more than one company. */
const recentReps = new WeakMap<World, Map<number, number[]>>();

function reusableRep(w: World, rng: Rng, c: number): number {
  const region = w.companies.cols.region.data[c];
  let byRegion = recentReps.get(w);
  if (!byRegion) recentReps.set(w, (byRegion = new Map()));
  const list = byRegion.get(region) ?? [];
  byRegion.set(region, list);
  if (list.length > 0 && rng.chance(0.05)) return rng.pick(list);
  if (list.length < 64) list.push(c);
  else list[rng.int(64)] = c;
  return -1;
}

/** Puts `a` and `b` under one controller (they never bid against each other honestly). */
export function joinControl(w: World, a: number, b: number): void {
  const ctrl = w.companies.cols.ctrl.data;
  if (ctrl[a] < 0 && ctrl[b] < 0) ctrl[a] = ctrl[b] = a;
  else if (ctrl[a] < 0) ctrl[a] = ctrl[b];
  else if (ctrl[b] < 0) ctrl[b] = ctrl[a];
  else {
    const from = ctrl[b];
    for (let i = 0; i < ctrl.length; i++) if (ctrl[i] === from) ctrl[i] = ctrl[a];
  }
}

function staffPerson(w: World, rng: Rng, c: number, title: string, spouseOf?: number): number {
  const addrOf = spouseOf;
  const region =
    spouseOf !== undefined
      ? w.persons.cols.region.data[spouseOf]
      : rng.chance(0.8)
        ? w.companies.cols.region.data[c]
        : rng.pick(w.homeRegions);
  const male = spouseOf === undefined ? undefined : w.persons.cols.male.data[spouseOf] === 0;
  return newPerson(w, rng, {
    region,
    years: [1962, 1996],
    cat: CAT.staff,
    company: c,
    title,
    male,
    maleP: 0.65,
    addrOf,
  });
}

/** Splits 100 % (hundredths) over holders: the first gets `first`, the rest share what remains. */
export function splitShares(rng: Rng, n: number, first: number, listedShare = 10000): number[] {
  if (n === 1) return [listedShare];
  const out = [first];
  let rest = listedShare - first;
  for (let k = 1; k < n - 1; k++) {
    const s = Math.round((rest * rng.uniform(0.3, 0.7)) / 100) * 100;
    out.push(s);
    rest -= s;
  }
  out.push(rest);
  return out;
}

const soeCache = new WeakMap<World, Map<number, Org[]>>();

function soesOf(w: World, region: number): Org[] {
  let m = soeCache.get(w);
  if (!m) {
    soeCache.set(w, (m = new Map()));
    for (const o of w.orgs) if (o.kind === 'soe') m.set(o.region, [...(m.get(o.region) ?? []), o]);
  }
  return m.get(region) ?? [];
}

function defaultHoldings(w: World, rng: Rng, c: number, owners: number[]): void {
  const cols = w.companies.cols;
  const joint = cols.form.data[c] === 1;
  const listed = joint ? rng.range(60, 100) * 100 : 10000;
  const first = owners.length === 1 ? listed : Math.round((listed * rng.uniform(0.51, 0.9)) / 100) * 100;
  const shares = splitShares(rng, owners.length, first, listed);
  const rows: HoldingRow[] = owners.map((p, k) => ({
    kind: HOLDER.person,
    holder: p,
    pct: shares[k],
    since: cols.est.data[c],
  }));
  const soes = soesOf(w, cols.region.data[c]);
  const pct = rng.range(10, 30) * 100;
  if (soes.length > 0 && cols.tier.data[c] === TIER.normal && rows[0].pct > pct + 100 && rng.chance(0.03)) {
    rows[0].pct -= pct;
    rows.push({
      kind: HOLDER.org,
      holder: rng.pick(soes).idx,
      pct,
      since: Math.min(cols.est.data[c] + 400, w.period.start - 60),
    });
  }
  w.holdings.set(c, rows);
}

/** Adds the company's people (contiguous block) and its default shareholders. */
export function addStaff(w: World, rng: Rng, c: number): void {
  const cols = w.companies.cols;
  const tier = cols.tier.data[c];
  const start = w.persons.length;
  let rep = tier === TIER.normal ? reusableRep(w, rng, c) : -1;
  if (rep >= 0) {
    joinControl(w, rep, c);
    rep = cols.legalRep.data[rep];
    w.positions.add(rep, 0, c, w.persons.title('法定代表人'), cols.est.data[c]);
  } else rep = staffPerson(w, rng, c, '法定代表人');
  const owners = [rep];
  if (rng.chance(0.55)) {
    const spouse = rng.chance(0.5);
    const partner = spouse ? staffPerson(w, rng, c, '监事', rep) : staffPerson(w, rng, c, '监事');
    if (spouse) w.relatives.add(rep, partner, REL['配偶']);
    owners.push(partner);
  } else if (rng.chance(0.3)) staffPerson(w, rng, c, '监事');
  if (rng.chance(0.4)) staffPerson(w, rng, c, '财务负责人');
  const pms =
    tier === TIER.big ? rng.range(3, 6) : tier === TIER.holding || tier === TIER.agency ? 0 : rng.range(1, 3);
  cols.pmFirst.data[c] = w.persons.length;
  for (let k = 0; k < pms; k++) staffPerson(w, rng, c, '项目负责人');
  cols.pmCount.data[c] = pms;
  staffPerson(w, rng, c, rng.chance(0.5) ? '销售经理' : '员工');
  cols.legalRep.data[c] = rep;
  cols.staffStart.data[c] = start;
  cols.staffCount.data[c] = w.persons.length - start;
  defaultHoldings(w, rng, c, owners);
}
