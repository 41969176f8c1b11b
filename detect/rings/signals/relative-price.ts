// Relative price: members win their joint tenders at prices close to the budget (World Bank
// "Fraud and Corruption Awareness Handbook": winning bid very close to the estimate; Fazekas &
// Kocsis 2020 relative contract value). Competition pushes winning bids down; cover bidding does not.
import { money, nameOf, pct } from '../format';
import type { GroupContext } from '../groups';
import type { RingOptions } from '../options';
import type { SignalResult } from '../types';
import { winnerOf } from './rotation';

interface Win {
  tender: string;
  winner: string;
  price: number;
  budget: number;
}

/** Joint tenders won by a member, with a price and a budget; `won` counts member wins even without budgets. */
function memberWins(ctx: GroupContext): { wins: Win[]; won: number } {
  const out: Win[] = [];
  let won = 0;
  for (const ti of ctx.tenders) {
    const t = ctx.index.tenders[ti];
    const w = winnerOf(t);
    const bid = t.bids.find((b) => b.uscc === w);
    if (!w || !ctx.memberSet.has(w)) continue;
    won += 1;
    if (!bid?.price || !t.budget || t.budget <= 0) continue;
    out.push({ tender: t.tender_id, winner: w, price: bid.price, budget: t.budget });
  }
  return { wins: out, won };
}

export function relativePrice(
  ctx: GroupContext,
  names: Map<string, string>,
  o: Pick<RingOptions, 'relativePriceLow' | 'relativePriceHigh'>,
): SignalResult {
  const { wins, won } = memberWins(ctx);
  // Members who never win their joint tenders show no relative-price pattern; missing budgets are unknown.
  if (wins.length === 0) return { value: 0, evidence: [], known: won === 0 };
  const ratio = wins.reduce((a, w) => a + w.price / w.budget, 0) / wins.length;
  const value = Math.max(
    0,
    Math.min(1, (ratio - o.relativePriceLow) / (o.relativePriceHigh - o.relativePriceLow)),
  );
  const top = [...wins].sort((a, b) => b.price / b.budget - a.price / a.budget).slice(0, 3);
  const examples = top.map(
    (w) =>
      `项目 ${w.tender}：${nameOf(names, w.winner)} 以 ${money(w.price)} 中标，预算 ${money(w.budget)}（${pct(w.price / w.budget)}）`,
  );
  return {
    value,
    known: true,
    evidence:
      value === 0
        ? []
        : [
            {
              kind: 'relative_price',
              text: `成员中标的 ${wins.length} 个共同投标项目，中标价平均为预算的 ${pct(ratio)}（中标价接近预算，缺乏竞争）。${examples.join('；')}`,
              refs: wins.map((w) => ({ label: 'Tender', key: w.tender })),
              data: { ratio, wins: wins.length },
            },
          ],
  };
}
