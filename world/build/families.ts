// Families of officials (spouse, children, siblings, in-laws) and, on demand, of anyone: the kinship rows of relatives.
import { RELATIONS, type Relation } from '../data/people';
import type { Rng } from '../rng';
import { BIRTH_MAX, CAT } from '../tables/persons';
import type { World } from '../world';
import { birthNear, newPerson } from './people';

export const REL = Object.fromEntries(RELATIONS.map((r, i) => [r, i])) as Record<Relation, number>;

/** Adds a relative of person `p` with the given relation; returns the new person. */
export function addRelative(w: World, rng: Rng, p: number, rel: Relation, cat: number = CAT.other): number {
  const c = w.persons.cols;
  const born = c.birth.data[p];
  const male = c.male.data[p] === 1;
  const region = c.region.data[p];
  let q: number;
  if (rel === '配偶') {
    const birth = birthNear(rng, born, 0, 4);
    q = newPerson(w, rng, { region, years: [0, 0], birth, cat, male: !male, addrOf: p });
  } else if (rel === '子女') {
    const birth = birthNear(rng, born, 29, 3);
    q = newPerson(w, rng, { region, years: [0, 0], birth, cat, sur: male ? c.sur.data[p] : undefined });
  } else if (rel === '兄弟姐妹') {
    const birth = birthNear(rng, born, 0, 6);
    q = newPerson(w, rng, {
      region: rng.chance(0.8) ? region : rng.pick(w.homeRegions),
      years: [0, 0],
      birth,
      cat,
      sur: c.sur.data[p],
    });
  } else {
    const birth = birthNear(rng, born, rel === '父母' ? -28 : 0, 5);
    q = newPerson(w, rng, { region: rng.pick(w.homeRegions), years: [0, 0], birth, cat });
  }
  w.relatives.add(p, q, REL[rel]);
  return q;
}

function remember(w: World, official: number, person: number, rel: Relation, via = -1): void {
  let list = w.kin.get(official);
  if (!list) w.kin.set(official, (list = []));
  list.push([person, REL[rel], via]);
}

/** One official's family: spouse, children, siblings and a spouse's sibling (姻亲). */
function family(w: World, rng: Rng, o: number): void {
  let spouse = -1;
  if (rng.chance(0.85)) remember(w, o, (spouse = addRelative(w, rng, o, '配偶')), '配偶');
  const adultChildPossible = w.persons.cols.birth.data[o] + 26 * 365 <= BIRTH_MAX;
  const children = adultChildPossible && rng.chance(0.8) ? rng.range(1, 2) : 0;
  for (let k = 0; k < children; k++) {
    const child = addRelative(w, rng, o, '子女');
    remember(w, o, child, '子女');
    if (spouse >= 0) w.relatives.add(spouse, child, REL['子女']);
  }
  const siblings = rng.chance(0.55) ? rng.range(1, 2) : 0;
  for (let k = 0; k < siblings; k++) remember(w, o, addRelative(w, rng, o, '兄弟姐妹'), '兄弟姐妹');
  if (spouse >= 0 && rng.chance(0.4)) {
    const inlaw = addRelative(w, rng, spouse, '兄弟姐妹');
    // Half the in-laws are recorded only through the spouse: finding them takes two kinship hops.
    const direct = rng.chance(0.5);
    if (direct) w.relatives.add(o, inlaw, REL['姻亲']);
    remember(w, o, inlaw, '姻亲', direct ? -1 : spouse);
  }
}

export function buildOfficialFamilies(w: World): void {
  const rng = w.rng.fork('families');
  for (const org of w.orgs) for (const o of org.officials) family(w, rng, o);
}
