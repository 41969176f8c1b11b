// Views composed from several API calls: a ring with its network and bids, and the dashboard counts.
import { memberCommunities } from '../graph/communities';
import type { AlertItem, Api, BidRow, Dashboard, EdgeData, NodeData, RingDetail } from './types';

/** Relationship types that tie ring members together besides co-bidding. */
export const RING_LINKS = [
  'HAS_PHONE',
  'HAS_EMAIL',
  'AT_ADDRESS',
  'USED_DEVICE',
  'USED_IP',
  'HOLDS_SHARES',
  'LEGAL_REP_OF',
];

/** Run `fn` over `items`, at most `n` at a time. */
export async function pool<T, R>(items: T[], n: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return out;
}

/** Members plus every neighbour shared by at least two members (phone, device, holder...). */
async function ringGraph(api: Api, members: string[]): Promise<{ nodes: NodeData[]; edges: EdgeData[] }> {
  const exps = await pool(members, 4, (id) =>
    api.expand(id, { types: RING_LINKS, perType: 25 }).catch(() => null),
  );
  const nodes = new Map<string, NodeData>();
  const edges = new Map<string, EdgeData>();
  const touch = new Map<string, Set<string>>();
  for (const e of exps) {
    if (!e) continue;
    for (const n of e.nodes) nodes.set(n.id, n);
    for (const ed of e.edges) {
      edges.set(ed.id, ed);
      const other = ed.source === e.center ? ed.target : ed.source;
      touch.set(other, (touch.get(other) ?? new Set()).add(e.center));
    }
  }
  const keep = new Set(members.filter((m) => nodes.has(m)));
  for (const [n, by] of touch) if (by.size >= 2) keep.add(n);
  return {
    nodes: [...keep].map((id) => nodes.get(id) as NodeData),
    edges: [...edges.values()].filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
}

/** Every bid on the ring's tenders: price, bidder, winner (from each Bid's properties). */
async function ringBids(api: Api, tenders: string[], names: Map<string, string>): Promise<BidRow[]> {
  const exps = await pool(tenders, 4, (k) =>
    api.expand(`Tender:${k}`, { types: ['BID_FOR'], perType: 100 }).catch(() => null),
  );
  const bids = exps.flatMap((e) => (e ? e.nodes.filter((n) => n.label === 'Bid') : []));
  const details = await pool(bids, 6, (b) => api.entity(b.id).catch(() => null));
  return details
    .flatMap((d) => {
      if (!d) return [];
      const p = d.node.props;
      const [tender, bidder] = d.node.key.split('|');
      const uscc = String(p.bidder_uscc ?? bidder);
      return [
        {
          tender_id: String(p.tender_id ?? tender),
          bidder_uscc: uscc,
          bidder_name: names.get(uscc),
          price: Number(p.price),
          is_winner: p.is_winner === true || p.is_winner === 'true',
        },
      ];
    })
    .filter((b) => Number.isFinite(b.price));
}

export async function ringDetail(api: Api, id: string): Promise<RingDetail> {
  const r = await api.ring(id);
  const names = new Map(r.members.map((m) => [m.uscc, m.name]));
  const [graph, bids] = await Promise.all([
    ringGraph(
      api,
      r.members.map((m) => `Company:${m.uscc}`),
    ),
    ringBids(api, r.tenders, names),
  ]);
  const communities = memberCommunities(
    r.members.map((m) => m.uscc),
    bids,
  );
  return { ...r, graph, bids, communities };
}

const count = (items: AlertItem[], key: (a: AlertItem) => string) =>
  items.reduce<Record<string, number>>((m, a) => ({ ...m, [key(a)]: (m[key(a)] ?? 0) + 1 }), {});

/** Alerts active on each date a run saw them (first seen ≤ date ≤ last seen), by level. */
export function trend(items: AlertItem[]): Dashboard['trend'] {
  const day = (s?: string | null) => (s ? s.slice(0, 10) : null);
  const dates = [
    ...new Set(items.flatMap((a) => [day(a.firstSeen), day(a.lastSeen)]).filter((d): d is string => !!d)),
  ].sort();
  return dates.map((date) => {
    const active = items.filter(
      (a) => (day(a.firstSeen) ?? date) <= date && date <= (day(a.lastSeen) ?? date),
    );
    return { date, counts: { 全部: active.length, ...count(active, (a) => a.level) } };
  });
}

export async function dashboard(api: Api): Promise<Dashboard> {
  const [items, rings] = await Promise.all([api.alerts({}), api.rings()]);
  return {
    byRule: count(items, (a) => a.rule),
    byLevel: count(items, (a) => a.level),
    trend: trend(items),
    topRings: [...rings].sort((a, b) => b.score - a.score).slice(0, 5),
  };
}
