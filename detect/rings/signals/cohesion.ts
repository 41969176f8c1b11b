// Cohesion and exclusivity of co-bidding (Wachs & Kertész 2019, "A network approach to cartel
// detection in public auction markets"): the share of members' bids made together, and the share
// of the group's tenders where no outsider bid.
import { nameList, pct, tenderList } from '../format';
import type { GroupContext } from '../groups';
import { bidders } from '../projection';
import type { SignalResult } from '../types';

export function cohesion(ctx: GroupContext, names: Map<string, string>): SignalResult {
  const group = new Set(ctx.tenders);
  let together = 0;
  let all = 0;
  for (const u of ctx.members) {
    const own = ctx.index.byCompany.get(u) ?? [];
    all += own.length;
    together += own.filter((t) => group.has(t)).length;
  }
  const value = all === 0 ? 0 : together / all;
  const ids = ctx.tenders.map((t) => ctx.index.tenders[t].tender_id);
  return {
    value,
    evidence: [
      {
        kind: 'cohesion',
        text:
          `${nameList(names, ctx.members)} 共 ${ctx.members.length} 家企业共同投标 ${ids.length} 个项目（${tenderList(ids)}）；` +
          `成员全部 ${all} 次投标中 ${together} 次（${pct(value)}）是与其他成员一起参与的`,
        refs: ids.map((key) => ({ label: 'Tender', key })),
        data: { together, bids: all, tenders: ids.length },
      },
    ],
  };
}

/** Mean over joint tenders of the members' share of all bids; fully closed tenders are named. */
export function exclusivity(ctx: GroupContext): SignalResult {
  let sum = 0;
  const closed: string[] = [];
  for (const t of ctx.tenders) {
    const who = bidders(ctx.index.tenders[t]);
    const inside = who.filter((u) => ctx.memberSet.has(u)).length;
    sum += inside / who.length;
    if (inside === who.length) closed.push(ctx.index.tenders[t].tender_id);
  }
  const value = ctx.tenders.length === 0 ? 0 : sum / ctx.tenders.length;
  const text =
    `成员在共同投标的 ${ctx.tenders.length} 个项目中平均占投标人数的 ${pct(value)}` +
    (closed.length > 0
      ? `，其中 ${closed.length} 个项目只有成员参与、无其他竞争者（${tenderList(closed)}）`
      : '');
  return {
    value,
    evidence: [
      {
        kind: 'exclusivity',
        text,
        refs: closed.map((key) => ({ label: 'Tender', key })),
        data: { closed: closed.length, tenders: ctx.tenders.length, memberShare: value },
      },
    ],
  };
}
