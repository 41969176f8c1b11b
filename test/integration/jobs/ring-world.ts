// A seeded procurement world for queue tests and the scale-out bench: regions of honest bidders, each
// with planted rotation rings (4 firms, +3%/+6%/+9% cover bids) that a test can leave out to make them "gone".
import { mulberry32 } from '../../../detect/rng';
import type { TenderRow } from '../../../detect/rings';
import { inline } from '../../../graph/cypher';
import type { GraphPort } from '../../../graph/port';

export interface WorldSpec {
  seed?: number;
  regions: number;
  honestFirms: number;
  honestTenders: number;
  ringsPerRegion: number;
  ringTenders?: number;
  /** Ring ids (`<region>-<k>`) to leave out. */
  without?: string[];
}

export interface RegionTender extends TenderRow {
  region: string;
}

export const REGION_NAMES = [
  '杭州',
  '宁波',
  '温州',
  '嘉兴',
  '湖州',
  '绍兴',
  '金华',
  '衢州',
  '舟山',
  '台州',
  '丽水',
];

export function ringMembers(region: number, k: number): string[] {
  return [1, 2, 3, 4].map((m) => `RG${region}K${k}M${m}`);
}

function honest(region: number, i: number, rnd: () => number, firms: string[]): RegionTender {
  const pool = [...firms];
  const who = Array.from(
    { length: 4 + Math.floor(rnd() * 3) },
    () => pool.splice(Math.floor(rnd() * pool.length), 1)[0],
  );
  const budget = 1_000_000 + Math.round(rnd() * 4_000_000);
  const prices = who.map(() => Math.round(budget * (0.8 + rnd() * 0.2)));
  const min = Math.min(...prices);
  return {
    tender_id: `HT${region}-${String(i).padStart(4, '0')}`,
    region: REGION_NAMES[region % REGION_NAMES.length] + (region >= REGION_NAMES.length ? region : ''),
    purchaser: `ORG${region}-${i % 5}`,
    open_date: `${2022 + (i % 2)}-${String(1 + (i % 12)).padStart(2, '0')}-15`,
    bids: who.map((uscc, k) => ({ uscc, price: prices[k], winner: prices[k] === min })),
  };
}

function ring(region: number, k: number, i: number, rnd: () => number, regionName: string): RegionTender {
  const members = ringMembers(region, k);
  const budget = 2_000_000 + Math.round(rnd() * 1_000_000);
  const winner = members[i % members.length];
  const base = Math.round(budget * (0.9 + rnd() * 0.03));
  const order = [winner, ...members.filter((u) => u !== winner)];
  const m = i + 1;
  return {
    tender_id: `RT${region}-${k}-${String(i).padStart(3, '0')}`,
    region: regionName,
    purchaser: `ORG${region}-${i % 2}`,
    open_date: `${2022 + Math.floor(m / 12)}-${String(1 + (m % 12)).padStart(2, '0')}-10`,
    bids: order.map((uscc, j) => ({ uscc, price: Math.round(base * (1 + 0.03 * j)), winner: j === 0 })),
  };
}

export function buildRingWorld(spec: WorldSpec): RegionTender[] {
  const rnd = mulberry32(spec.seed ?? 11);
  const rows: RegionTender[] = [];
  for (let r = 0; r < spec.regions; r++) {
    const firms = Array.from({ length: spec.honestFirms }, (_, i) => `HF${r}-${String(i).padStart(3, '0')}`);
    for (let i = 0; i < spec.honestTenders; i++) rows.push(honest(r, i, rnd, firms));
    const regionName = rows[rows.length - 1].region;
    for (let k = 0; k < spec.ringsPerRegion; k++) {
      if (spec.without?.includes(`${r}-${k}`)) continue;
      for (let i = 0; i < (spec.ringTenders ?? 12); i++) rows.push(ring(r, k, i, rnd, regionName));
    }
  }
  return rows;
}

const LOAD = inline(
  'jobs-test-load-world',
  `UNWIND $tenders AS t
   MERGE (tn:Tender {tender_id: t.tender_id})
   SET tn.open_date = date(t.open_date), tn.name = t.tender_id + ' 工程', tn.region = t.region
   MERGE (o:Organization {org_code: t.purchaser}) SET o.name = t.purchaser + ' 采购中心', o.region = t.region
   MERGE (tn)-[:ISSUED_BY]->(o)
   WITH t, tn
   UNWIND t.bids AS b
   MERGE (c:Company {uscc: b.uscc}) SET c.name = b.uscc + '建设有限公司', c.region = t.region
   MERGE (bid:Bid {bid_id: t.tender_id + '|' + b.uscc})
   SET bid.tender_id = t.tender_id, bid.bidder_uscc = b.uscc, bid.price = b.price, bid.is_winner = b.winner
   MERGE (bid)-[:BID_FOR]->(tn)
   MERGE (bid)-[:BID_BY]->(c)`,
);

export async function loadWorld(g: GraphPort, rows: RegionTender[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await g.write(LOAD, { tenders: rows.slice(i, i + 500) });
}

const DROP = inline(
  'jobs-test-drop-tenders',
  `MATCH (t:Tender) WHERE t.tender_id STARTS WITH $prefix
   OPTIONAL MATCH (t)<-[:BID_FOR]-(b:Bid)
   DETACH DELETE t, b`,
);

/** Removes a planted ring's tenders (and bids), as if the ring stopped bidding. */
export async function dropRing(g: GraphPort, region: number, k: number): Promise<void> {
  await g.write(DROP, { prefix: `RT${region}-${k}-` });
}
