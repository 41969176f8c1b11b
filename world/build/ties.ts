// Planted expert ties: an evaluation expert whose relative works at a company repeatedly sits on panels of tenders it wins.
import type { Relation } from '../data/people';
import { takeSlots, window } from '../plans';
import type { Rng } from '../rng';
import { ROLE } from '../tables/companies';
import { CAT, NO_CHAR } from '../tables/persons';
import type { ExpertTieTruth, Strength } from '../truth';
import type { World } from '../world';
import { addRelative } from './families';
import { takeFromPools } from './pools';

const STRENGTHS: Strength[] = ['strong', 'medium', 'weak'];
const VIA: Record<Strength, ExpertTieTruth['via']> = { strong: 'both', medium: 'position', weak: 'org_code' };
const TENDERS: Record<Strength, [number, number]> = { strong: [5, 6], medium: [4, 5], weak: [3, 3] };

function plantOne(w: World, rng: Rng, k: number, strength: Strength, used: Set<number>): void {
  const cat = k % 3;
  const pool = w.experts[cat].filter((e) => !used.has(e) && !w.expertAvoid.has(e));
  if (pool.length === 0) return;
  const expert = rng.pick(pool);
  used.add(expert);
  const company = takeFromPools(w, rng, w.activeNiches[cat], ROLE.expertTie);
  if (company < 0) return;
  const relation: Relation = rng.pick(['子女', '子女', '配偶', '兄弟姐妹']);
  const relative = addRelative(w, rng, expert, relation, CAT.staff);
  const via = VIA[strength];
  const role = via === 'both' ? '项目负责人' : rng.pick(['员工', '销售经理']);
  const start = w.period.start - rng.int(1500);
  if (via === 'position') w.positions.add(relative, 0, company, w.persons.title(role), start);
  else w.persons.cols.company.data[relative] = company;
  w.persons.cols.title.data[relative] = via === 'org_code' ? NO_CHAR : w.persons.title(role);
  const tie: ExpertTieTruth = {
    id: `ET-${String(k + 1).padStart(4, '0')}`,
    strength,
    expert: w.persons.id(expert),
    relative: w.persons.id(relative),
    relation,
    company: w.companies.uscc(company),
    via,
    role: via === 'org_code' ? '' : role,
    tenders: [],
  };
  const buyers = w.orgs.filter((o) => o.cats[cat] >= 0.15).map((o) => o.idx);
  const [lo, hi] = window(w, rng, 0.6, 0.95);
  for (const slot of takeSlots(w, rng, rng.range(...TENDERS[strength]), lo, hi)) {
    const niche = w.companies.cols.niche.data[company];
    w.plans.set(slot, {
      kind: 'favour',
      purchaser: rng.pick(buyers),
      niche,
      company,
      expert,
      tie,
      pay: false,
    });
  }
  w.expertAvoid.set(expert, new Set([company]));
  w.truth.expertTies.push(tie);
}

export function plantExpertTies(w: World): void {
  const rng = w.rng.fork('ties');
  const used = new Set<number>();
  const order = rng.shuffle([...Array(w.params.planted.expertTies).keys()].map((k) => STRENGTHS[k % 3]));
  order.forEach((strength, k) => plantOne(w, rng, k, strength, used));
}
