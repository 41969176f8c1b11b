// Rewrites a company's owners so that one person controls it: directly, through a holding, cumulatively, or down a chain.
import type { Rng } from '../rng';
import { HOLDER, type HoldingRow } from '../tables/links';
import type { InterestTransferTruth, PathStep } from '../truth';
import type { World } from '../world';
import { stakeSince } from './groups';

/** Sets the owners of `c` to `rows`, giving what is left of 100 % to its legal representative. */
function own(w: World, c: number, rows: HoldingRow[]): void {
  const rest = 10000 - rows.reduce((s, r) => s + r.pct, 0);
  const rep = w.companies.cols.legalRep.data[c];
  const since = w.companies.cols.est.data[c];
  w.holdings.set(c, rest > 0 ? [...rows, { kind: HOLDER.person, holder: rep, pct: rest, since }] : rows);
}

const person = (holder: number, pct: number, since: number): HoldingRow => ({
  kind: HOLDER.person,
  holder,
  pct,
  since,
});
const company = (holder: number, pct: number, since: number): HoldingRow => ({
  kind: HOLDER.company,
  holder,
  pct,
  since,
});

interface Ctx {
  w: World;
  rng: Rng;
  relative: number;
  target: number;
  newHolding: () => number;
}
type Result = { path: PathStep[]; effectivePct: number };

const since = (x: Ctx, c: number): number => stakeSince(x.w, x.rng, c);
const pid = (x: Ctx, p: number): string => x.w.persons.id(p);
const uscc = (x: Ctx, c: number): string => x.w.companies.uscc(c);
const step = (from: string, to: string, pct: number): PathStep => ({
  from,
  to,
  rel: 'HOLDS_SHARES',
  pct: pct / 100,
});
const product = (a: number, b: number): number => Math.round((a * b) / 1e4) / 100;

function direct(x: Ctx): Result {
  const p = x.rng.range(51, 90) * 100;
  own(x.w, x.target, [person(x.relative, p, since(x, x.target))]);
  return { path: [step(pid(x, x.relative), uscc(x, x.target), p)], effectivePct: p / 100 };
}

function viaHolding(x: Ctx): Result {
  const h = x.newHolding();
  const a = x.rng.range(60, 100) * 100;
  const b = x.rng.range(51, 90) * 100;
  own(x.w, h, [person(x.relative, a, since(x, h))]);
  own(x.w, x.target, [company(h, b, since(x, x.target))]);
  return {
    path: [step(pid(x, x.relative), uscc(x, h), a), step(uscc(x, h), uscc(x, x.target), b)],
    effectivePct: product(a, b),
  };
}

function cumulative(x: Ctx): Result {
  const h = x.newHolding();
  const d = x.rng.range(20, 35) * 100;
  const i = x.rng.range(Math.max(16, 51 - d / 100), 45) * 100;
  own(x.w, h, [person(x.relative, 10000, since(x, h))]);
  own(x.w, x.target, [person(x.relative, d, since(x, x.target)), company(h, i, since(x, x.target))]);
  const r = pid(x, x.relative);
  const path = [
    step(r, uscc(x, x.target), d),
    step(r, uscc(x, h), 10000),
    step(uscc(x, h), uscc(x, x.target), i),
  ];
  return { path, effectivePct: (d + i) / 100 };
}

function chain(x: Ctx): Result {
  const h = x.newHolding();
  const h2 = x.newHolding();
  const a = x.rng.range(51, 80) * 100;
  const b = x.rng.range(51, 80) * 100;
  own(x.w, h, [person(x.relative, 10000, since(x, h))]);
  own(x.w, h2, [company(h, a, since(x, h2))]);
  own(x.w, x.target, [company(h2, b, since(x, x.target))]);
  const path = [
    step(pid(x, x.relative), uscc(x, h), 10000),
    step(uscc(x, h), uscc(x, h2), a),
    step(uscc(x, h2), uscc(x, x.target), b),
  ];
  return { path, effectivePct: product(a, b) };
}

const BUILDERS: Record<InterestTransferTruth['control'], (x: Ctx) => Result> = {
  direct,
  holding: viaHolding,
  cumulative,
  chain,
};

/** Makes `relative` control `target` in the given way; returns the ownership path and the effective share. */
export function controlPath(
  w: World,
  rng: Rng,
  control: InterestTransferTruth['control'],
  relative: number,
  target: number,
  newHolding: () => number,
): Result {
  return BUILDERS[control]({ w, rng, relative, target, newHolding });
}
