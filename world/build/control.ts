// Rewrites a company's owners so that one person controls it: directly, through a holding, cumulatively, or down a chain.
import type { Rng } from '../rng';
import { HOLDER, type HoldingRow } from '../tables/links';
import type { InterestTransferTruth, PathStep } from '../truth';
import type { World } from '../world';

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

export function controlPath(
  w: World,
  rng: Rng,
  control: InterestTransferTruth['control'],
  relative: number,
  target: number,
  newHolding: () => number,
): { path: PathStep[]; effectivePct: number } {
  const pid = (p: number): string => w.persons.id(p);
  const uscc = (c: number): string => w.companies.uscc(c);
  const since = (c: number): number => w.companies.cols.est.data[c] + rng.int(900);
  const step = (from: string, to: string, pct: number): PathStep => ({
    from,
    to,
    rel: 'HOLDS_SHARES',
    pct: pct / 100,
  });
  if (control === 'direct') {
    const p = rng.range(51, 90) * 100;
    own(w, target, [person(relative, p, since(target))]);
    return { path: [step(pid(relative), uscc(target), p)], effectivePct: p / 100 };
  }
  const h = newHolding();
  if (control === 'holding') {
    const a = rng.range(60, 100) * 100;
    const b = rng.range(51, 90) * 100;
    own(w, h, [person(relative, a, since(h))]);
    own(w, target, [company(h, b, since(target))]);
    const path = [step(pid(relative), uscc(h), a), step(uscc(h), uscc(target), b)];
    return { path, effectivePct: Math.round((a * b) / 1e4) / 100 };
  }
  if (control === 'cumulative') {
    const d = rng.range(20, 35) * 100;
    const i = rng.range(Math.max(16, 51 - d / 100), 45) * 100;
    own(w, h, [person(relative, 10000, since(h))]);
    own(w, target, [person(relative, d, since(target)), company(h, i, since(target))]);
    const path = [
      step(pid(relative), uscc(target), d),
      step(pid(relative), uscc(h), 10000),
      step(uscc(h), uscc(target), i),
    ];
    return { path, effectivePct: (d + i) / 100 };
  }
  const h2 = newHolding();
  const a = rng.range(51, 80) * 100;
  const b = rng.range(51, 80) * 100;
  own(w, h, [person(relative, 10000, since(h))]);
  own(w, h2, [company(h, a, since(h2))]);
  own(w, target, [company(h2, b, since(target))]);
  const path = [
    step(pid(relative), uscc(h), 10000),
    step(uscc(h), uscc(h2), a),
    step(uscc(h2), uscc(target), b),
  ];
  return { path, effectivePct: Math.round((a * b) / 1e4) / 100 };
}
