// Decoys made of people: officials' relatives who own firms that never deal with that unit; experts' relatives who work at firms the expert never evaluates.
import { RELATIONS } from '../data/people';
import type { Rng } from '../rng';
import { ROLE } from '../tables/companies';
import { HOLDER } from '../tables/links';
import { CAT } from '../tables/persons';
import { forbidDeal, type World } from '../world';
import { addRelative } from './families';
import { giveStake, stakeSince } from './groups';
import { orgFamily, pickOfficialKin } from './kin';
import { takeFromPools } from './pools';

function allNiches(w: World): number[] {
  return w.activeNiches.flat();
}

function officialRelatives(w: World, rng: Rng): void {
  for (let k = 0; k < w.params.decoys.officialRelativeCompanies; k++) {
    const pick = pickOfficialKin(w, rng, [0, 1, 2, 3], (o) => o.kind !== 'village');
    if (!pick) return;
    const company = takeFromPools(w, rng, allNiches(w), ROLE.decoy);
    if (company < 0) return;
    const pct = rng.range(51, 100) * 100;
    giveStake(w, company, HOLDER.person, pick.relative, pct, stakeSince(w, rng, company));
    for (const o of orgFamily(w, pick.org)) forbidDeal(w, company, o);
    w.truth.decoys.officialRelativeCompanies.push({
      official: w.persons.id(pick.official),
      org: w.orgs[pick.org].code,
      relative: w.persons.id(pick.relative),
      relation: RELATIONS[pick.rel],
      company: w.companies.uscc(company),
      pct: pct / 100,
    });
  }
}

function expertRelatives(w: World, rng: Rng): void {
  for (let k = 0; k < w.params.decoys.expertRelatives; k++) {
    const cat = k % 3;
    const free = w.experts[cat].filter((e) => !w.expertAvoid.has(e));
    if (free.length === 0) return;
    const expert = rng.pick(free);
    const company = takeFromPools(w, rng, w.activeNiches[cat], ROLE.decoy);
    if (company < 0) return;
    const rel = rng.chance(0.6) ? '子女' : '兄弟姐妹';
    const relative = addRelative(w, rng, expert, rel, CAT.staff);
    w.persons.cols.company.data[relative] = company;
    w.persons.cols.title.data[relative] = w.persons.title(rng.chance(0.5) ? '员工' : '销售经理');
    let avoid = w.expertAvoid.get(expert);
    if (!avoid) w.expertAvoid.set(expert, (avoid = new Set()));
    avoid.add(company);
    w.truth.decoys.expertRelatives.push({
      expert: w.persons.id(expert),
      relative: w.persons.id(relative),
      relation: rel,
      company: w.companies.uscc(company),
    });
  }
}

export function plantPeopleDecoys(w: World): void {
  const rng = w.rng.fork('decoy-people');
  officialRelatives(w, rng);
  expertRelatives(w, rng);
}
