// Planted interest transfer: an official's relative controls (directly, through holdings, cumulatively or down a chain)
// a company that wins tenders from, or is paid by, the official's own unit.
import { NICHES, type Category } from '../data/business';
import { RELATIONS } from '../data/people';
import { dayBetween } from './people';
import { takeSlots, window } from '../plans';
import type { Rng } from '../rng';
import { NO_NICHE, ROLE, TIER } from '../tables/companies';
import type { InterestTransferTruth, PathStep, Strength } from '../truth';
import { forbidDeal, type World } from '../world';
import { addCompany } from './companies';
import { pickOfficialKin, type OfficialKin } from './kin';
import { takeFromPools } from './pools';
import { controlPath } from './control';

const STRENGTHS: Strength[] = ['strong', 'medium', 'weak'];
const PREFER: Record<Strength, number[]> = { strong: [0, 1], medium: [1, 2], weak: [3, 2] };
const CONTROLS: Record<Strength, InterestTransferTruth['control'][]> = {
  strong: ['direct'],
  medium: ['holding', 'cumulative'],
  weak: ['chain', 'cumulative', 'holding'],
};

function planTenders(
  w: World,
  rng: Rng,
  t: InterestTransferTruth,
  ids: { org: number; official: number; company: number },
  strength: Strength,
): void {
  const n =
    strength === 'strong' ? rng.range(3, 6) : strength === 'medium' ? rng.range(2, 4) : rng.range(2, 3);
  const [lo, hi] = window(w, rng, 0.6, 0.8);
  const slots = takeSlots(w, rng, n, lo, hi);
  const panelAll = strength === 'strong';
  const panelOne = strength === 'medium' && rng.chance(0.5) ? rng.int(slots.length) : -1;
  const approve = strength === 'strong' || (strength === 'medium' && panelOne < 0);
  slots.forEach((slot, k) => {
    const onPanel = (panelAll && k % 2 === 0) || k === panelOne;
    w.plans.set(slot, {
      kind: 'favour',
      purchaser: ids.org,
      niche: w.companies.cols.niche.data[ids.company],
      company: ids.company,
      panelOfficial: onPanel ? ids.official : undefined,
      approver: approve ? ids.official : undefined,
      transfer: t,
      pay: true,
    });
  });
}

function planDirectDeals(
  w: World,
  rng: Rng,
  t: InterestTransferTruth,
  ids: { org: number; official: number; company: number },
): void {
  const deals = rng.range(1, 2);
  const niche = w.companies.cols.niche.data[ids.company];
  for (let k = 0; k < deals; k++) {
    w.directDeals.push({
      payer: ids.org,
      payee: ids.company,
      amountFen: Math.round(rng.lognormal(300_000, 0.5)) * 100,
      day: dayBetween(rng, 2021, 2023),
      subject: rng.pick(NICHES[niche].subjects),
      approver: rng.chance(0.5) ? ids.official : -1,
      onWritten: (contract, payments, approved) => {
        t.contracts.push(contract);
        t.payments.push(...payments);
        t.approvedByOfficial.push(...approved);
      },
    });
  }
}

/** official → relative, or official → spouse → in-law when only the spouse's sibling row exists. */
function kinship(w: World, pick: OfficialKin): PathStep[] {
  const id = (p: number): string => w.persons.id(p);
  if (pick.via < 0) {
    return [
      { from: id(pick.official), to: id(pick.relative), rel: 'RELATIVE_OF', relation: RELATIONS[pick.rel] },
    ];
  }
  return [
    { from: id(pick.official), to: id(pick.via), rel: 'RELATIVE_OF', relation: '配偶' },
    { from: id(pick.via), to: id(pick.relative), rel: 'RELATIVE_OF', relation: '兄弟姐妹' },
  ];
}

function plantOne(w: World, rng: Rng, k: number, strength: Strength): void {
  const pick = pickOfficialKin(w, rng, PREFER[strength], (o) => o.officials.length >= 3 && o.kind !== 'gov');
  if (!pick) return;
  const org = w.orgs[pick.org];
  const cats = ([0, 1, 2] as Category[]).filter((c) => org.cats[c] >= 0.15);
  const company = takeFromPools(w, rng, w.activeNiches[rng.pick(cats)], ROLE.transfer, org.region);
  if (company < 0) return;
  const control = rng.pick(CONTROLS[strength]);
  const holding = (): number => {
    const h = addCompany(w, rng, {
      tier: TIER.holding,
      niche: NO_NICHE,
      region: w.companies.cols.region.data[company],
    });
    w.companies.cols.role.data[h] = ROLE.transfer;
    return h;
  };
  const { path, effectivePct } = controlPath(w, rng, control, pick.relative, company, holding);
  const relation = RELATIONS[pick.rel];
  const t: InterestTransferTruth = {
    id: `IT-${String(k + 1).padStart(4, '0')}`,
    strength,
    official: w.persons.id(pick.official),
    officialName: w.persons.name(pick.official),
    org: org.code,
    relative: w.persons.id(pick.relative),
    relation,
    company: w.companies.uscc(company),
    control,
    effectivePct,
    path: [...kinship(w, pick), ...path],
    tenders: [],
    contracts: [],
    payments: [],
    officialOnPanel: [],
    approvedByOfficial: [],
  };
  forbidDeal(w, company, pick.org);
  const ids = { org: pick.org, official: pick.official, company };
  if (strength === 'weak' && rng.chance(0.5)) planDirectDeals(w, rng, t, ids);
  else planTenders(w, rng, t, ids, strength);
  w.truth.interestTransfer.push(t);
}

export function plantInterestTransfer(w: World): void {
  const rng = w.rng.fork('transfer');
  const order = rng.shuffle(
    [...Array(w.params.planted.interestTransfer).keys()].map((k) => STRENGTHS[k % 3]),
  );
  order.forEach((strength, k) => plantOne(w, rng, k, strength));
}
