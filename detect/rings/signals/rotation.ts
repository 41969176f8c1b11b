// Win rotation (bid rotation, OECD 2009 guidelines; World Bank "Fraud and Corruption Awareness
// Handbook" red flags): on the tenders where members bid together, members win, the wins are spread
// evenly among them, members take turns at the same purchaser, and members lose only to members.
import { nameOf, pct, tenderList } from '../format';
import type { GroupContext } from '../groups';
import type { SignalResult, TenderRow } from '../types';

/** Winner of a tender: the bid flagged is_winner, else rank 1, else unknown. */
export function winnerOf(t: TenderRow): string | null {
  const flagged = t.bids.find((b) => b.winner === true);
  if (flagged) return flagged.uscc;
  return t.bids.find((b) => b.rank === 1)?.uscc ?? null;
}

/** Normalised entropy of win counts over k possible winners (1 = perfectly even). */
export function evenness(wins: number[], k: number): number {
  const total = wins.reduce((a, b) => a + b, 0);
  if (total <= 1 || k <= 1) return 0;
  let h = 0;
  for (const w of wins) if (w > 0) h -= (w / total) * Math.log(w / total);
  return h / Math.log(Math.min(k, total));
}

interface Tally {
  known: number;
  byMember: Map<string, string[]>;
  byPurchaser: Map<string, Set<string>>;
  losses: number;
  lossesToMembers: number;
}

function tally(ctx: GroupContext): Tally {
  const t: Tally = { known: 0, byMember: new Map(), byPurchaser: new Map(), losses: 0, lossesToMembers: 0 };
  for (const ti of ctx.tenders) {
    const tender = ctx.index.tenders[ti];
    const w = winnerOf(tender);
    if (w === null) continue;
    t.known += 1;
    const losers = tender.bids.filter((b) => ctx.memberSet.has(b.uscc) && b.uscc !== w).length;
    t.losses += losers;
    if (!ctx.memberSet.has(w)) continue;
    t.lossesToMembers += losers;
    t.byMember.set(w, [...(t.byMember.get(w) ?? []), tender.tender_id]);
    const p = tender.purchaser_name ?? tender.purchaser ?? '';
    if (!t.byPurchaser.has(p)) t.byPurchaser.set(p, new Set());
    t.byPurchaser.get(p)?.add(w);
  }
  return t;
}

export function rotation(ctx: GroupContext, names: Map<string, string>): SignalResult {
  const t = tally(ctx);
  const memberWins = [...t.byMember.values()].reduce((a, b) => a + b.length, 0);
  if (t.known === 0 || memberWins === 0) return { value: 0, evidence: [] };
  const share = memberWins / t.known;
  const even = evenness(
    ctx.members.map((u) => t.byMember.get(u)?.length ?? 0),
    ctx.members.length,
  );
  const value = share * even;
  const winners = [...t.byMember.entries()].sort((a, b) => b[1].length - a[1].length);
  const rotating = [...t.byPurchaser.entries()].filter(([, w]) => w.size >= 2);
  const lossShare = t.losses === 0 ? 0 : t.lossesToMembers / t.losses;
  const text =
    `成员共同投标且中标结果已知的 ${t.known} 个项目中 ${memberWins} 个（${pct(share)}）由成员中标，` +
    `中标在成员间轮换：${winners.map(([u, ids]) => `${nameOf(names, u)} ${ids.length} 次（${tenderList(ids, 3)}）`).join('；')}` +
    (rotating.length > 0
      ? `；在 ${rotating.length} 个采购单位处由不同成员轮流中标（${rotating
          .map(([p]) => p || '未知单位')
          .slice(0, 3)
          .join('、')}）`
      : '') +
    `；成员落标 ${t.losses} 次，其中 ${t.lossesToMembers} 次（${pct(lossShare)}）输给其他成员`;
  return {
    value,
    evidence: [
      {
        kind: 'win_rotation',
        text,
        refs: winners.flatMap(([, ids]) => ids.map((key) => ({ label: 'Tender', key }))),
        data: {
          known: t.known,
          memberWins,
          evenness: even,
          winsByMember: Object.fromEntries(winners.map(([u, ids]) => [u, ids.length])),
          rotatingPurchasers: rotating.map(([p]) => p),
          lossesToMembers: t.lossesToMembers,
          losses: t.losses,
        },
      },
    ],
  };
}
