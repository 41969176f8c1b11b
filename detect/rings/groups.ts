// A candidate group's tenders (where ≥2 members bid together) and member pruning: a member that
// makes few of its bids with the others (a big firm that bids everywhere) is dropped.
import type { RingOptions } from './options';
import type { BidIndex } from './types';

export interface GroupContext {
  /** Sorted member USCCs. */
  members: string[];
  memberSet: Set<string>;
  /** Indices into index.tenders where at least two members bid, ascending. */
  tenders: number[];
  index: BidIndex;
}

export function groupContext(members: string[], index: BidIndex): GroupContext {
  const sorted = [...members].sort();
  const hits = new Map<number, number>();
  for (const u of sorted) for (const t of index.byCompany.get(u) ?? []) hits.set(t, (hits.get(t) ?? 0) + 1);
  const tenders = [...hits].filter(([, n]) => n >= 2).map(([t]) => t);
  tenders.sort((a, b) => a - b);
  return { members: sorted, memberSet: new Set(sorted), tenders, index };
}

/** Share of a member's bids made on the group's tenders. */
export function memberRate(ctx: GroupContext, uscc: string): number {
  const own = ctx.index.byCompany.get(uscc) ?? [];
  if (own.length === 0) return 0;
  const group = new Set(ctx.tenders);
  return own.filter((t) => group.has(t)).length / own.length;
}

/**
 * Drops, one at a time, the member with the lowest rate while it is below minMemberRate; returns
 * null when fewer than minGroupSize members or minGroupTenders shared tenders remain.
 */
export function pruneGroup(
  members: string[],
  index: BidIndex,
  o: Pick<RingOptions, 'minMemberRate' | 'minGroupSize' | 'minGroupTenders'>,
): GroupContext | null {
  let ctx = groupContext(members, index);
  for (;;) {
    if (ctx.members.length < o.minGroupSize || ctx.tenders.length < o.minGroupTenders) return null;
    const rates = ctx.members.map((u) => [u, memberRate(ctx, u)] as const);
    const [worst, rate] = rates.reduce((a, b) => (b[1] < a[1] ? b : a));
    if (rate >= o.minMemberRate) return ctx;
    ctx = groupContext(
      ctx.members.filter((u) => u !== worst),
      index,
    );
  }
}
