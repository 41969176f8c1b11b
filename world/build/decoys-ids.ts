// Decoys made of shared identifiers: registration-agent addresses, bookkeepers' phones, the trading centre's bidding-room IPs.
import { STREETS } from '../data/places';
import { REGIONS, regionName } from '../data/regions';
import { ipv4, landline } from '../ids';
import type { Rng } from '../rng';
import { OWN, ROLE, TIER } from '../tables/companies';
import type { World } from '../world';

/** Ordinary, unplanted companies passing `ok`, in a seeded order. */
function candidates(w: World, rng: Rng, ok: (c: number) => boolean): number[] {
  const cols = w.companies.cols;
  const out: number[] = [];
  for (let c = 0; c < w.companies.length; c++) {
    if (cols.tier.data[c] === TIER.normal && cols.role.data[c] === ROLE.none && ok(c)) out.push(c);
  }
  return rng.shuffle(out);
}

function agentAddresses(w: World, rng: Rng): void {
  const cols = w.companies.cols;
  const { agentAddresses: n, agentSize } = w.params.decoys;
  for (let k = 0; k < n; k++) {
    const region = w.homeRegions[k % w.homeRegions.length];
    const street = STREETS[rng.int(STREETS.length)];
    const value = `${regionName(REGIONS[region])}${street}${rng.range(1, 300)}号${rng.range(1, 9)}幢${rng.range(2, 12)}层`;
    const size = Math.round(agentSize * rng.uniform(0.5, 1.5));
    const members = candidates(
      w,
      rng,
      (c) => cols.region.data[c] === region && cols.addrRef.data[c] === OWN,
    ).slice(0, size);
    const ref = w.companies.sharedAddresses.push(value) - 1;
    for (const c of members) cols.addrRef.data[c] = ref;
    w.truth.decoys.agentAddresses.push({
      value,
      members: members.sort((a, b) => a - b).map((c) => w.companies.uscc(c)),
    });
  }
}

function accountantPhones(w: World, rng: Rng): void {
  const cols = w.companies.cols;
  const { accountantPhones: n, accountantSize } = w.params.decoys;
  for (let k = 0; k < n; k++) {
    const area = REGIONS[w.homeRegions[k % w.homeRegions.length]].area;
    const value = landline(area, 9_000_000 + k, w.salt);
    const size = Math.round(accountantSize * rng.uniform(0.5, 1.5));
    const members = candidates(
      w,
      rng,
      (c) => REGIONS[cols.region.data[c]].area === area && cols.phoneRef.data[c] < 0,
    ).slice(0, size);
    const ref = w.companies.sharedPhones.push(value) - 1;
    for (const c of members) cols.phoneRef.data[c] = ref;
    w.truth.decoys.accountantPhones.push({
      value,
      members: members.sort((a, b) => a - b).map((c) => w.companies.uscc(c)),
    });
  }
}

export function plantIdentifierDecoys(w: World): void {
  const rng = w.rng.fork('decoy-ids');
  agentAddresses(w, rng);
  accountantPhones(w, rng);
  for (let k = 0; k < w.params.decoys.sharedIps; k++) w.sharedIps.push(ipv4(8_300_000 + k, w.salt));
  w.truth.decoys.sharedIps = w.sharedIps.map((value) => ({ value, bids: 0 }));
}
