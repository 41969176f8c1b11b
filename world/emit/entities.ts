// Writes the entity and relationship tables held in memory: organisations, companies, persons, shareholdings,
// positions and relatives, in the contract's column order.
import { RELATIONS } from '../data/people';
import { STATUSES } from '../tables/companies';
import { REGIONS, regionName } from '../data/regions';
import { hash32 } from '../rng';
import { HOLDER } from '../tables/links';
import { ORG_KIND_LABEL } from '../tables/orgs';
import { CAT, NO_CHAR, PERSON_CATS } from '../tables/persons';
import type { World } from '../world';
import { drainAll, type Sinks } from './sinks';

const every = async (s: Sinks, i: number): Promise<void> => {
  if ((i & 255) === 255) await drainAll(s);
};

async function organizations(w: World, s: Sinks): Promise<void> {
  for (const o of w.orgs) {
    const parent = o.parent >= 0 ? w.orgs[o.parent].code : '';
    s.organizations
      .s(o.code)
      .s(o.name)
      .s(parent)
      .s(ORG_KIND_LABEL[o.kind])
      .s(regionName(REGIONS[o.region]))
      .end();
  }
  await drainAll(s);
}

async function companies(w: World, s: Sinks): Promise<void> {
  const cos = w.companies;
  const c = cos.cols;
  const phone = (p: number): string => w.persons.phone(p);
  for (let i = 0; i < cos.length; i++) {
    const rep = c.legalRep.data[i];
    s.companies
      .s(cos.uscc(i))
      .s(cos.name(i))
      .s(w.persons.id(rep))
      .s(w.persons.name(rep))
      .s(cos.address(i))
      .s(cos.phone(i, phone))
      .s(cos.email(i))
      .date(c.est.data[i])
      .money(c.capital.data[i] * 1_000_000)
      .s(STATUSES[c.status.data[i]])
      .s(regionName(REGIONS[c.region.data[i]]))
      .end();
    await every(s, i);
  }
}

function employer(w: World, p: number): string {
  const org = w.persons.cols.org.data[p];
  if (org >= 0) return w.orgs[org].code;
  const company = w.persons.cols.company.data[p];
  return company >= 0 ? w.companies.uscc(company) : '';
}

async function persons(w: World, s: Sinks): Promise<void> {
  const ps = w.persons;
  const c = ps.cols;
  for (let p = 0; p < ps.length; p++) {
    const cat = c.cat.data[p];
    s.persons
      .s(ps.id(p))
      .s(ps.name(p))
      .s(ps.phone(p))
      .s(ps.address(p))
      .s(ps.email(p))
      .s(employer(w, p))
      .s(ps.titleOf(p))
      .bool(cat === CAT.official)
      .s(PERSON_CATS[cat])
      .s(c.male.data[p] ? '男' : '女')
      .date(c.birth.data[p])
      .end();
    await every(s, p);
  }
}

async function shareholdings(w: World, s: Sinks): Promise<void> {
  const h = w.holdings.cols;
  for (let i = 0; i < w.holdings.length; i++) {
    if (h.dead.data[i]) continue;
    const company = h.company.data[i];
    const kind = h.kind.data[i];
    const holder = h.holder.data[i];
    const [id, name] =
      kind === HOLDER.person
        ? [w.persons.id(holder), w.persons.name(holder)]
        : kind === HOLDER.company
          ? [w.companies.uscc(holder), w.companies.name(holder)]
          : [w.orgs[holder].code, w.orgs[holder].name];
    const pct = h.pct.data[i];
    s.shareholdings
      .s(w.companies.uscc(company))
      .s(id)
      .s(name)
      .pct(pct)
      .money(w.companies.cols.capital.data[company] * 100 * pct)
      .date(h.since.data[i])
      .end();
    await every(s, i);
  }
}

/** Start of a job: after the company was founded and the person turned 22, drawn from a hash. */
function jobStart(w: World, p: number, entityStart: number): number {
  const adult = w.persons.cols.birth.data[p] + 22 * 365;
  return Math.max(adult, entityStart) + (hash32(p, w.salt, 41) % 2000);
}

async function positions(w: World, s: Sinks): Promise<void> {
  const ps = w.persons;
  const c = ps.cols;
  for (let p = 0; p < ps.length; p++) {
    if (c.title.data[p] === NO_CHAR || (c.org.data[p] < 0 && c.company.data[p] < 0)) continue;
    const company = c.company.data[p];
    const since = c.org.data[p] >= 0 ? w.period.start - 4000 : w.companies.cols.est.data[company];
    const start = Math.min(jobStart(w, p, since), w.period.start - 30);
    s.positions.s(ps.id(p)).s(employer(w, p)).s(ps.titleOf(p)).date(start).s('').end();
    await every(s, p);
  }
  const x = w.positions.cols;
  for (let i = 0; i < w.positions.length; i++) {
    const p = x.person.data[i];
    const e = x.entity.data[i];
    const entity = x.entityKind.data[i] === 0 ? w.companies.uscc(e) : w.orgs[e].code;
    s.positions.s(ps.id(p)).s(entity).s(ps.titles[x.title.data[i]]).date(x.start.data[i]).s('').end();
  }
}

async function relatives(w: World, s: Sinks): Promise<void> {
  const r = w.relatives.cols;
  for (let i = 0; i < w.relatives.length; i++) {
    s.relatives.s(w.persons.id(r.a.data[i])).s(w.persons.id(r.b.data[i])).s(RELATIONS[r.rel.data[i]]).end();
    await every(s, i);
  }
}

export async function writeEntities(w: World, s: Sinks): Promise<void> {
  await organizations(w, s);
  await companies(w, s);
  await persons(w, s);
  await shareholdings(w, s);
  await positions(w, s);
  await relatives(w, s);
  await drainAll(s);
}
