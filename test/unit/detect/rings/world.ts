// A small hand-built procurement world for ring tests: honest noise, one planted rotation ring,
// a big firm that bids everywhere and a registration-agent address shared by 200 firms.
import { mulberry32 } from '../../../../detect/rng';
import type { IdentifierRow, TenderRow } from '../../../../detect/rings';

export const RING = ['R1', 'R2', 'R3', 'R4'];
export const BIG = 'BIG';
export const HUB_ADDRESS = '某市高新区创业大道1号商务秘书中心';
export const RING_PHONE = '13800138000';

export interface World {
  rows: TenderRow[];
  identifiers: IdentifierRow[];
  names: Map<string, string>;
}

function honestTender(i: number, rnd: () => number, firms: string[], big: boolean): TenderRow {
  const n = 4 + Math.floor(rnd() * 3);
  const pool = [...firms];
  const who: string[] = [];
  while (who.length < n) who.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0]);
  if (big) who.push(BIG);
  const budget = 1_000_000 + Math.round(rnd() * 4_000_000);
  const prices = who.map((u) => (u === BIG ? budget * 1.1 : Math.round(budget * (0.8 + rnd() * 0.2))));
  const min = Math.min(...prices);
  const month = String(1 + (i % 12)).padStart(2, '0');
  return {
    tender_id: `H${String(i).padStart(3, '0')}`,
    purchaser: `ORG${i % 7}`,
    open_date: `${2022 + (i % 2)}-${month}-15`,
    bids: who.map((uscc, k) => ({ uscc, price: prices[k], winner: prices[k] === min })),
  };
}

function ringTender(i: number, rnd: () => number, big: boolean): TenderRow {
  const budget = 2_000_000 + Math.round(rnd() * 1_000_000);
  const winner = RING[i % RING.length];
  const base = Math.round(budget * (0.9 + rnd() * 0.03));
  const order = [winner, ...RING.filter((u) => u !== winner)];
  const bids = order.map((uscc, k) => ({ uscc, price: Math.round(base * (1 + 0.03 * k)), winner: k === 0 }));
  if (big) bids.push({ uscc: BIG, price: budget * 1.1, winner: false });
  const m = i + 1;
  return {
    tender_id: `R${String(i).padStart(3, '0')}`,
    purchaser: `ORG${i % 2}`,
    open_date: `${2022 + Math.floor(m / 12)}-${String(1 + (m % 12)).padStart(2, '0')}-10`,
    bids,
  };
}

export const NICHE = ['N1', 'N2', 'N3'];

/** Three sole suppliers of a product: they always meet, but price independently (σ ≈ 8 %). */
function nicheTender(i: number, rnd: () => number): TenderRow {
  const budget = 1_000_000;
  const prices = NICHE.map(() => Math.round(budget * (0.8 + (rnd() + rnd() + rnd() - 1.5) * 0.16)));
  const min = Math.min(...prices);
  return {
    tender_id: `N${String(i).padStart(3, '0')}`,
    purchaser: `ORG${i % 3}`,
    open_date: `2022-${String(1 + i).padStart(2, '0')}-20`,
    budget,
    bids: NICHE.map((uscc, k) => ({ uscc, price: prices[k], winner: prices[k] === min })),
  };
}

/** 60 honest firms on 150 tenders, ring R1–R4 on 12 tenders with +3% / +6% / +9% cover bids. */
export function buildWorld(
  opts: { seed?: number; big?: boolean; ring?: boolean; niche?: boolean } = {},
): World {
  const rnd = mulberry32(opts.seed ?? 7);
  const honest = Array.from({ length: 60 }, (_, i) => `H${String(i).padStart(2, '0')}`);
  const rows: TenderRow[] = [];
  for (let i = 0; i < 150; i++) rows.push(honestTender(i, rnd, honest, opts.big ?? false));
  if (opts.ring ?? true) {
    for (let i = 0; i < 12; i++) rows.push(ringTender(i, rnd, opts.big ?? false));
    // Ring members also bid now and then on ordinary tenders.
    RING.forEach((u, k) => rows[k * 10].bids.push({ uscc: u, price: 9_999_999, winner: false }));
  }
  if (opts.niche) for (let i = 0; i < 10; i++) rows.push(nicheTender(i, rnd));
  const names = new Map<string, string>(
    [...honest, ...RING, ...NICHE, BIG].map((u) => [u, `${u}建设有限公司`]),
  );
  const hubbers = [...honest, ...RING, ...Array.from({ length: 136 }, (_, i) => `AGENT${i}`)];
  const identifiers: IdentifierRow[] = [
    ...hubbers.map((uscc) => ({ uscc, kind: 'Address', value: HUB_ADDRESS, degree: hubbers.length })),
    { uscc: 'R1', kind: 'Phone', value: RING_PHONE, degree: 2 },
    { uscc: 'R2', kind: 'Phone', value: RING_PHONE, degree: 2 },
  ];
  return { rows, identifiers, names };
}
