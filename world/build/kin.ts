// Picks officials through their relatives for planted cases and decoys, never reusing a relative.
import type { Rng } from '../rng';
import type { Org } from '../tables/orgs';
import type { World } from '../world';

export interface OfficialKin {
  org: number;
  official: number;
  relative: number;
  rel: number;
  /** The spouse through whom an in-law is related (no direct row), or -1. */
  via: number;
}

const usedKin = new WeakMap<World, Set<number>>();

/** An official (head, deputy or finance head) of an organisation passing `orgOk`, with an unused relative of a preferred relation. */
export function pickOfficialKin(
  w: World,
  rng: Rng,
  prefer: readonly number[],
  orgOk: (o: Org) => boolean,
): OfficialKin | undefined {
  let used = usedKin.get(w);
  if (!used) usedKin.set(w, (used = new Set()));
  for (let tries = 0; tries < 500; tries++) {
    const org = w.orgs[rng.int(w.orgs.length)];
    if (!orgOk(org)) continue;
    const official = org.officials[rng.int(Math.min(4, org.officials.length))];
    if (used.has(official)) continue;
    const kin = (w.kin.get(official) ?? []).filter(([p]) => !used.has(p));
    const rels = tries < 300 ? prefer : [0, 1, 2, 3, 4];
    const match = kin.find(([, r]) => rels.includes(r));
    if (!match) continue;
    used.add(official).add(match[0]);
    return { org: org.idx, official, relative: match[0], rel: match[1], via: match[2] };
  }
  return undefined;
}

/** The organisation, its parent and its children: where a relative's company must not deal (decoys). */
export function orgFamily(w: World, org: number): number[] {
  const out = [org];
  const parent = w.orgs[org].parent;
  if (parent >= 0) out.push(parent);
  for (const o of w.orgs) if (o.parent === org) out.push(o.idx);
  return out;
}
