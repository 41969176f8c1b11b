// Price signal of a group: the share of its joint tenders flagged by Imhof's screens or by the
// regular-difference patterns of 《招标投标法实施条例》第四十条 (see screens.ts), each tender weighted
// by (members bidding − 1) so a chance meeting of two members counts less than a whole-group tender.
import type { Evidence } from '../../types';
import { money, nameOf, pct } from '../format';
import type { GroupContext } from '../groups';
import type { RingOptions } from '../options';
import type { SignalResult, TenderRow } from '../types';
import { winnerOf } from './rotation';
import { arithmeticStep, cv, hasIdentical, markups, recurringMarkups, relativeDistance } from './screens';

type PriceOptions = Pick<RingOptions, 'cvThreshold' | 'minCoverGap' | 'priceTolerance'>;

interface TenderPrices {
  tender: TenderRow;
  all: number[];
  members: { uscc: string; price: number }[];
  winner: { uscc: string; price: number } | null;
  markups: number[];
}

function pricesOf(ctx: GroupContext, ti: number): TenderPrices {
  const tender = ctx.index.tenders[ti];
  const priced = tender.bids.filter((b) => typeof b.price === 'number' && b.price > 0) as {
    uscc: string;
    price: number;
  }[];
  const members = priced.filter((b) => ctx.memberSet.has(b.uscc)).map(({ uscc, price }) => ({ uscc, price }));
  const w = winnerOf(tender);
  const winner = members.find((b) => b.uscc === w) ?? null;
  const others = winner ? members.filter((b) => b.uscc !== winner.uscc).map((b) => b.price) : [];
  return {
    tender,
    all: priced.map((b) => b.price),
    members,
    winner,
    markups: winner ? markups(winner.price, others) : [],
  };
}

/** Members' bids cluster tightly just above the lowest member bid: low CV, a clear lead of the lowest. */
export function coverScreen(prices: number[], o: Pick<RingOptions, 'cvThreshold' | 'minCoverGap'>): boolean {
  if (prices.length < 2) return false;
  const s = [...prices].sort((a, b) => a - b);
  return cv(s) < o.cvThreshold && s[1] / s[0] - 1 > o.minCoverGap;
}

function screenFigures(prices: number[]): string {
  const s = [...prices].sort((a, b) => a - b);
  const rd = relativeDistance(s);
  return `（变异系数 ${pct(cv(s), 2)}，最低价领先 ${pct(s[1] / s[0] - 1)}${Number.isNaN(rd) ? '' : `，相对距离 ${rd.toFixed(2)}`}）`;
}

function weightedShare(all: TenderPrices[], flagged: Set<TenderPrices>): number {
  const w = (tp: TenderPrices) => tp.members.length - 1;
  const total = all.reduce((a, tp) => a + w(tp), 0);
  return [...flagged].reduce((a, tp) => a + w(tp), 0) / total;
}

function line(tp: TenderPrices, names: Map<string, string>): string {
  const sorted = [...tp.members].sort((a, b) => a.price - b.price);
  const parts = sorted.map((b) => {
    const up = tp.winner && b.uscc !== tp.winner.uscc ? `（+${pct(b.price / tp.winner.price - 1)}）` : '';
    const won = tp.winner && b.uscc === tp.winner.uscc ? '（中标）' : '';
    return `${nameOf(names, b.uscc)} ${money(b.price)}${won}${up}`;
  });
  return `项目 ${tp.tender.tender_id}：${parts.join('、')}`;
}

function evidenceFor(
  kind: string,
  head: string,
  hits: TenderPrices[],
  names: Map<string, string>,
  extra: (tp: TenderPrices) => string = () => '',
): Evidence[] {
  if (hits.length === 0) return [];
  const ids = hits.map((h) => h.tender.tender_id);
  return [
    {
      kind,
      text: `${head}，共 ${hits.length} 个项目。${hits
        .slice(0, 3)
        .map((h) => line(h, names) + extra(h))
        .join('；')}`,
      refs: ids.map((key) => ({ label: 'Tender', key })),
      data: { tenders: ids },
    },
  ];
}

export function priceSignal(ctx: GroupContext, names: Map<string, string>, o: PriceOptions): SignalResult {
  const all = ctx.tenders.map((t) => pricesOf(ctx, t)).filter((tp) => tp.members.length >= 2);
  if (all.length === 0) return { value: 0, evidence: [], known: false };
  const withWinner = all.filter((tp) => tp.winner !== null);
  const minTenders = Math.max(3, Math.ceil(0.3 * withWinner.length));
  const fixed = recurringMarkups(
    withWinner.map((tp) => tp.markups),
    o.priceTolerance,
    minTenders,
  );
  const isCover = (tp: TenderPrices) =>
    tp.markups.some((m) => fixed.some((f) => Math.abs(f - m) <= o.priceTolerance));
  const cover = all.filter(isCover);
  const identical = all.filter((tp) => hasIdentical(tp.members.map((b) => b.price)));
  const arith = all.filter(
    (tp) =>
      arithmeticStep(
        tp.members.map((b) => b.price),
        o.priceTolerance,
      ) !== null,
  );
  const screened = all.filter((tp) =>
    coverScreen(
      tp.members.map((b) => b.price),
      o,
    ),
  );
  const flagged = new Set([...cover, ...identical, ...arith, ...screened]);
  const law = '（《招标投标法实施条例》第四十条：投标报价呈规律性差异）';
  return {
    value: weightedShare(all, flagged),
    known: true,
    evidence: [
      ...evidenceFor(
        'cover_bid',
        `陪标报价固定高出成员中标价 ${fixed.map((f) => pct(f)).join('、')}${law}`,
        cover,
        names,
      ),
      ...evidenceFor('arithmetic_prices', `成员报价呈等差数列${law}`, arith, names),
      ...evidenceFor('identical_prices', `成员报价完全相同`, identical, names),
      ...evidenceFor(
        'price_screen',
        `成员报价紧贴最低价、离散度异常低（Imhof 筛查：成员报价变异系数低于 ${pct(o.cvThreshold)}，最低价领先 ${pct(o.minCoverGap)} 以上）`,
        screened,
        names,
        (tp) => screenFigures(tp.members.map((b) => b.price)),
      ),
    ],
  };
}
