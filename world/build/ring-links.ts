// What ties ring members together besides behaviour: shared phone, address, e-mail, bid-file MAC, IP, project manager,
// a common shareholder or kinship of their legal representatives.
import { ipv4, mac, mobile } from '../ids';
import type { RingRun } from '../plans';
import type { Rng } from '../rng';
import { HOLDER } from '../tables/links';
import { CAT } from '../tables/persons';
import type { RingLink } from '../truth';
import type { World } from '../world';
import { REL } from './families';
import { giveStake, stakeSince } from './groups';
import { newPerson } from './people';

type LinkKind = RingLink['type'];
const IDENT: LinkKind[] = ['phone', 'address', 'email', 'file_mac', 'ip', 'manager'];

function chooseKinds(rng: Rng, strength: RingRun['strength']): LinkKind[] {
  if (strength === 'strong') {
    const kinds = rng.shuffle([...IDENT]).slice(0, rng.range(2, 3));
    return rng.chance(0.3) ? [...kinds, 'shareholder'] : kinds;
  }
  if (strength === 'medium') return [rng.pick<LinkKind>([...IDENT, 'shareholder', 'relative'])];
  return rng.chance(0.5) ? [rng.pick<LinkKind>(['shareholder', 'relative'])] : [];
}

function subset(rng: Rng, run: RingRun): number[] {
  const m = run.members.length;
  const n = run.strength === 'strong' ? rng.range(2, m) : rng.range(2, Math.min(3, m));
  return rng.shuffle([...run.members]).slice(0, n);
}

/** The largest group of members registered in one region (a registered address fixes the region). */
function sameRegion(w: World, members: readonly number[]): number[] {
  const by = new Map<number, number[]>();
  for (const c of members) {
    const r = w.companies.cols.region.data[c];
    by.set(r, [...(by.get(r) ?? []), c]);
  }
  return [...by.values()].sort((a, b) => b.length - a.length)[0];
}

function identifier(w: World, rng: Rng, run: RingRun, r: number, kind: LinkKind): RingLink | undefined {
  const cols = w.companies.cols;
  const cos = w.companies;
  let members = subset(rng, run);
  let value: string;
  if (kind === 'phone') {
    value = mobile(60_000_000 + r, w.salt);
    const ref = cos.sharedPhones.push(value) - 1;
    for (const c of members) cols.phoneRef.data[c] = ref;
  } else if (kind === 'address') {
    members = sameRegion(w, run.members);
    if (members.length < 2) return identifier(w, rng, run, r, 'phone');
    value = cos.ownAddress(members[0]);
    const ref = cos.sharedAddresses.push(value) - 1;
    for (const c of members) cols.addrRef.data[c] = ref;
  } else if (kind === 'email') {
    value = cos.ownEmail(members[0]);
    const ref = cos.sharedEmails.push(value) - 1;
    for (const c of members) cols.emailRef.data[c] = ref;
  } else if (kind === 'file_mac') {
    value = mac(16_000_000 + r, w.salt);
    run.mac = { value, members: new Set(members) };
  } else if (kind === 'ip') {
    value = ipv4(8_100_000 + r, w.salt);
    run.ip = { value, members: new Set(members) };
  } else {
    const owners = members.filter((c) => cols.pmCount.data[c] > 0);
    if (owners.length === 0) return undefined;
    const borrower = members.find((c) => c !== owners[0]) ?? run.members.find((c) => c !== owners[0])!;
    members = [owners[0], borrower];
    run.manager = { pm: cols.pmFirst.data[owners[0]], owner: owners[0], borrower };
    value = w.persons.id(run.manager.pm);
  }
  return { type: kind as 'phone', value, members: members.map((c) => cos.uscc(c)) };
}

function shareholder(w: World, rng: Rng, run: RingRun): RingLink {
  const members = subset(rng, run);
  const region = w.companies.cols.region.data[members[0]];
  const p = newPerson(w, rng, {
    region: w.homeRegions.includes(region) ? region : rng.pick(w.homeRegions),
    years: [1965, 1990],
    cat: CAT.other,
  });
  const pct = members.map(() => rng.range(10, 35) * 100);
  members.forEach((c, k) => giveStake(w, c, HOLDER.person, p, pct[k], stakeSince(w, rng, c)));
  return {
    type: 'shareholder',
    value: w.persons.id(p),
    members: members.map((c) => w.companies.uscc(c)),
    pct: pct.map((x) => x / 100),
  };
}

function relative(w: World, rng: Rng, run: RingRun): RingLink {
  const [a, b] = rng.shuffle([...run.members]).slice(0, 2);
  const reps = w.companies.cols.legalRep.data;
  const pc = w.persons.cols;
  const spouse = pc.male.data[reps[a]] !== pc.male.data[reps[b]] && rng.chance(0.5);
  if (!spouse) pc.sur.data[reps[b]] = pc.sur.data[reps[a]];
  const relation = spouse ? '配偶' : '兄弟姐妹';
  w.relatives.add(reps[a], reps[b], REL[relation]);
  return {
    type: 'relative',
    persons: [w.persons.id(reps[a]), w.persons.id(reps[b])],
    relation,
    members: [w.companies.uscc(a), w.companies.uscc(b)],
  };
}

export function plantRingLinks(w: World, rng: Rng, run: RingRun, r: number): void {
  for (const kind of chooseKinds(rng, run.strength)) {
    const link =
      kind === 'shareholder'
        ? shareholder(w, rng, run)
        : kind === 'relative'
          ? relative(w, rng, run)
          : identifier(w, rng, run, r, kind);
    if (link) run.truth.links.push(link);
  }
}
