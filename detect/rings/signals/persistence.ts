// Persistence of co-bidding over time: months between the group's first and last joint tender and
// the number of distinct quarters it was active in (a lasting arrangement, not a one-off meeting).
import { month } from '../format';
import type { GroupContext } from '../groups';
import type { SignalResult } from '../types';

function monthIndex(ym: string): number {
  const [y, m] = ym.split('-').map(Number);
  return y * 12 + (m - 1);
}

export function persistence(ctx: GroupContext, fullMonths: number): SignalResult {
  const months = ctx.tenders
    .map((t) => month(ctx.index.tenders[t].open_date))
    .filter((m): m is string => m !== null)
    .sort();
  if (months.length < 2) return { value: 0, evidence: [] };
  const first = months[0];
  const last = months[months.length - 1];
  const span = monthIndex(last) - monthIndex(first);
  const quarters = new Set(months.map((m) => Math.floor(monthIndex(m) / 3))).size;
  const value = Math.min(1, span / fullMonths);
  return {
    value,
    evidence: [
      {
        kind: 'persistence',
        text: `成员共同投标从 ${first} 持续至 ${last}（${span} 个月，跨 ${quarters} 个季度）`,
        data: { first, last, months: span, quarters },
      },
    ],
  };
}
