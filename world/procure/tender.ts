// One tender: date, purchaser, category and niche, budget, procurement method, evaluation mode, name and agency.
import { CATEGORY_CODES, NICHES, SPECIAL_PRODUCTS, type Category, type Method } from '../data/business';
import { civil } from '../calendar';
import type { TenderPlan } from '../plans';
import { type Rng, cumulative } from '../rng';
import type { World } from '../world';

export interface Tender {
  readonly i: number;
  readonly id: string;
  readonly day: number;
  readonly open: number;
  readonly purchaser: number;
  readonly niche: number;
  readonly cat: Category;
  readonly budgetFen: number;
  readonly method: Method;
  /** 综合评分法 (true) or lowest price (false). */
  readonly scored: boolean;
  readonly name: string;
  readonly agency: number;
}

const BUDGET_FACTOR: Record<string, number> = {
  village: 0.35,
  school: 0.6,
  town: 0.7,
  gov: 0.8,
  bureau: 1,
  hospital: 1.2,
  soe: 1.5,
};
const METHOD_WEIGHTS = {
  bigWorks: cumulative([0.88, 0.12, 0, 0, 0]),
  big: cumulative([0.88, 0.04, 0.03, 0, 0.05]),
  works: cumulative([0.45, 0.2, 0.33, 0, 0.02]),
  goods: cumulative([0.35, 0.05, 0.25, 0.3, 0.05]),
  services: cumulative([0.4, 0.12, 0.4, 0, 0.08]),
  ring: cumulative([0.5, 0.3, 0.2, 0, 0]),
};

interface Lookup {
  orgCum: Float64Array;
  agencies: Map<number, number[]>;
}
const lookups = new WeakMap<World, Lookup>();

function lookup(w: World): Lookup {
  let l = lookups.get(w);
  if (!l) {
    const agencies = new Map<number, number[]>();
    for (const a of w.agencies) {
      const r = w.companies.cols.region.data[a];
      agencies.set(r, [...(agencies.get(r) ?? []), a]);
    }
    lookups.set(w, (l = { orgCum: cumulative(w.orgs.map((o) => o.weight)), agencies }));
  }
  return l;
}

function methodOf(rng: Rng, cat: Category, budgetFen: number, plan?: TenderPlan): Method {
  if (plan?.kind === 'ring') return rng.weighted(METHOD_WEIGHTS.ring) as Method;
  const big = budgetFen >= (cat === 0 ? 400_000_000 : 100_000_000);
  const table = big ? (cat === 0 ? 'bigWorks' : 'big') : (['works', 'goods', 'services'] as const)[cat];
  let m = rng.weighted(METHOD_WEIGHTS[table]) as Method;
  if (plan && m === 4) m = 0;
  return m;
}

function budgetOf(w: World, rng: Rng, niche: number, purchaser: number, plan?: TenderPlan): number {
  const special = niche >= NICHES.length;
  const [median, sigma] = special ? [3_000_000, 0.6] : NICHES[niche].budget;
  const yuan = Math.max(50_000, rng.lognormal(median * BUDGET_FACTOR[w.orgs[purchaser].kind], sigma));
  const fen = Math.round(yuan / 1000) * 1000 * 100;
  const atLeast = plan?.minBudgetFen ? Math.max(fen, plan.minBudgetFen) : fen;
  return plan?.maxBudgetFen ? Math.min(atLeast, plan.maxBudgetFen) : atLeast;
}

function nameOf(w: World, rng: Rng, purchaser: number, niche: number, day: number): string {
  const year = civil(day)[0];
  const subject =
    niche >= NICHES.length
      ? SPECIAL_PRODUCTS[(niche - NICHES.length) % SPECIAL_PRODUCTS.length][0] + '采购'
      : rng.pick(NICHES[niche].subjects);
  return `${w.orgs[purchaser].name}${year}年${subject}项目`;
}

export function tenderDay(w: World, i: number): number {
  const span = w.period.tendersEnd - w.period.start;
  return w.period.start + Math.floor((i * span) / w.params.tenders);
}

export function makeTender(w: World, rng: Rng, i: number, plan?: TenderPlan): Tender {
  const day = tenderDay(w, i);
  const purchaser = plan?.purchaser ?? rng.weighted(lookup(w).orgCum);
  const org = w.orgs[purchaser];
  const cat = plan ? nicheCat(plan.niche) : (rng.weighted(cumulative(org.cats)) as Category);
  const niche = plan?.niche ?? rng.pick(w.activeNiches[cat]);
  const budgetFen = budgetOf(w, rng, niche, purchaser, plan);
  const method = methodOf(rng, cat, budgetFen, plan);
  const scored = method <= 1 && rng.chance(cat === 0 ? 0.5 : 0.85);
  const open = day + (method <= 1 ? rng.range(20, 30) : method === 4 ? rng.range(7, 12) : rng.range(5, 10));
  const agencies = lookup(w).agencies.get(org.region) ?? w.agencies;
  const agency = rng.chance(0.65) ? rng.pick(agencies) : -1;
  const id = `ZB${civil(day)[0]}-${CATEGORY_CODES[cat]}${String(i + 1).padStart(6, '0')}`;
  return {
    i,
    id,
    day,
    open,
    purchaser,
    niche,
    cat,
    budgetFen,
    method,
    scored,
    name: nameOf(w, rng, purchaser, niche, day),
    agency,
  };
}

export function nicheCat(niche: number): Category {
  return niche >= NICHES.length ? 1 : NICHES[niche].cat;
}
