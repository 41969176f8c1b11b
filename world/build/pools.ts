// Who can bid where: ordinary firms by niche, big firms by category, agencies, and the evaluation-expert pool.
import { EXPERT_TITLES } from '../data/people';
import { NICHES } from '../data/business';
import { NO_NICHE, ROLE, TIER } from '../tables/companies';
import { CAT } from '../tables/persons';
import type { Rng } from '../rng';
import type { World } from '../world';
import { newPerson } from './people';

export function buildPools(w: World): void {
  const cols = w.companies.cols;
  w.pools = Array.from({ length: NICHES.length + w.params.decoys.nicheMarkets }, () => []);
  for (let c = 0; c < w.companies.length; c++) {
    const tier = cols.tier.data[c];
    const niche = cols.niche.data[c];
    if (tier === TIER.agency) w.agencies.push(c);
    if (niche === NO_NICHE) continue;
    if (tier === TIER.big) w.big[NICHES[niche].cat].push(c);
    else w.pools[niche].push(c);
  }
}

/** The expert pool, a third per category; some work at hospitals or schools. */
export function buildExperts(w: World): void {
  const rng = w.rng.fork('experts');
  const workplaces = w.orgs.filter((o) => o.kind === 'hospital' || o.kind === 'school');
  for (let k = 0; k < w.params.experts; k++) {
    const cat = k % 3;
    const org = rng.chance(0.3) && workplaces.length > 0 ? rng.pick(workplaces).idx : undefined;
    const region = org !== undefined ? w.orgs[org].region : rng.pick(w.homeRegions);
    const title = rng.pick(EXPERT_TITLES);
    w.experts[cat].push(
      newPerson(w, rng, { region, years: [1955, 1985], cat: CAT.expert, org, title, maleP: 0.7 }),
    );
  }
}

/** A free ordinary company from the pools of `niches` (role none, not in a group), marked with `role`; -1 if none. */
export function takeFromPools(
  w: World,
  rng: Rng,
  niches: readonly number[],
  role: number,
  region = -1,
): number {
  const cols = w.companies.cols;
  for (let tries = 0; tries < 400; tries++) {
    const pool = w.pools[rng.pick(niches)];
    if (pool.length === 0) continue;
    const c = pool[rng.int(pool.length)];
    if (cols.role.data[c] !== ROLE.none || cols.ctrl.data[c] >= 0) continue;
    if (region >= 0 && tries < 200 && cols.region.data[c] !== region) continue;
    cols.role.data[c] = role;
    return c;
  }
  return -1;
}
