// A synthetic co-bidding market for the Louvain benchmark: companies in regional markets bidding
// with popularity skew, a few big firms bidding everywhere, and planted groups bidding together.
import { mulberry32 } from '../../detect/rng';
import type { TenderRow } from '../../detect/rings';

export interface SyntheticOptions {
  companies: number;
  bids: number;
  marketSize: number;
  /** Share of companies in planted groups. */
  ringShare: number;
  bigFirms: number;
  seed: number;
}

export const SCALES: Record<string, Pick<SyntheticOptions, 'companies' | 'bids'>> = {
  small: { companies: 10_000, bids: 100_000 },
  medium: { companies: 30_000, bids: 300_000 },
  large: { companies: 100_000, bids: 1_000_000 },
};

const id = (i: number) => `C${String(i).padStart(6, '0')}`;

function pick(rnd: () => number, n: number, k: number, skew: number): number[] {
  const out = new Set<number>();
  while (out.size < Math.min(k, n)) out.add(Math.floor(n * rnd() ** skew));
  return [...out];
}

/** Tenders with bidders only (no prices): enough to build the co-bid graph. */
export function syntheticTenders(o: SyntheticOptions): { rows: TenderRow[]; groups: string[][] } {
  const rnd = mulberry32(o.seed);
  const markets = Math.max(1, Math.floor(o.companies / o.marketSize));
  const rows: TenderRow[] = [];
  const groups: string[][] = [];
  let bids = 0;
  const push = (who: number[]) => {
    rows.push({
      tender_id: `T${String(rows.length).padStart(8, '0')}`,
      bids: who.map((i) => ({ uscc: id(i) })),
    });
    bids += who.length;
  };
  const ringFirms = Math.floor(o.companies * o.ringShare);
  for (let start = 0; start + 6 <= ringFirms;) {
    const size = 3 + Math.floor(rnd() * 4);
    const members = Array.from({ length: size }, (_, k) => start + k);
    groups.push(members.map(id));
    const tenders = 8 + Math.floor(rnd() * 12);
    for (let t = 0; t < tenders; t++) {
      const outsiders = rnd() < 0.5 ? [ringFirms + Math.floor(rnd() * (o.companies - ringFirms))] : [];
      push([...members.filter(() => rnd() < 0.85), ...outsiders]);
    }
    start += size;
  }
  while (bids < o.bids) {
    const m = Math.floor(rnd() * markets);
    const base = m * o.marketSize;
    const k = 3 + Math.floor(rnd() * 6);
    // Most bidders come from the tender's market, some from the neighbouring one or anywhere.
    const who = pick(rnd, o.marketSize, k, 1.6).map((i) => {
      const x = rnd();
      const from =
        x < 0.7
          ? base
          : x < 0.9
            ? ((m + 1) % markets) * o.marketSize
            : Math.floor(rnd() * markets) * o.marketSize;
      return Math.min(o.companies - 1, from + i);
    });
    if (rnd() < 0.1) who.push(o.companies - 1 - Math.floor(rnd() * o.bigFirms));
    push([...new Set(who)]);
  }
  return { rows, groups };
}
