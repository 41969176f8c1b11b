// Communities of a ring's members: Louvain (Blondel et al. 2008) over the co-bid graph, seeded so colours are stable.
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { rng } from '../rng';
import type { BidRow } from '../api/types';

export const COMMUNITY_DEFAULTS = { seed: 1, resolution: 1 };

/** Community index per member uscc; co-bidding on a tender adds 1 to a pair's weight. */
export function memberCommunities(
  members: string[],
  bids: BidRow[],
  options: Partial<typeof COMMUNITY_DEFAULTS> = {},
) {
  const { seed, resolution } = { ...COMMUNITY_DEFAULTS, ...options };
  const g = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const m of members) g.addNode(m);
  const byTender = new Map<string, string[]>();
  for (const b of bids)
    if (g.hasNode(b.bidder_uscc))
      byTender.set(b.tender_id, [...(byTender.get(b.tender_id) ?? []), b.bidder_uscc]);
  for (const group of byTender.values()) {
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        if (group[i] === group[j]) continue;
        if (g.hasEdge(group[i], group[j]))
          g.updateEdgeAttribute(group[i], group[j], 'weight', (w = 0) => w + 1);
        else g.addEdge(group[i], group[j], { weight: 1 });
      }
  }
  if (g.size === 0) return Object.fromEntries(members.map((m) => [m, 0]));
  return louvain(g, { rng: rng(seed), resolution, getEdgeWeight: 'weight' });
}
