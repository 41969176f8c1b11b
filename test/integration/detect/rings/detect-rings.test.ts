// detectRings against the real Neo4j: a planted ring with a shared phone, a shared bid-file MAC, a
// shared project manager and a kinship path is found end to end, with that evidence, reproducibly.
import { inline } from '../../../../graph/cypher';
import type { Neo4jGraph } from '../../../../graph/port';
import { detectRings } from '../../../../detect/rings';
import { buildWorld, HUB_ADDRESS, RING, RING_PHONE } from '../../../unit/detect/rings/world';
import { resetGraph, testGraph } from '../../helpers';

const LOAD_BIDS = inline(
  'test-load-bids',
  `UNWIND $tenders AS t
   MERGE (tn:Tender {tender_id: t.tender_id})
   SET tn.open_date = date(t.open_date), tn.name = t.tender_id + ' 工程'
   MERGE (o:Organization {org_code: t.purchaser}) SET o.name = t.purchaser + ' 采购中心'
   MERGE (tn)-[:ISSUED_BY]->(o)
   WITH t, tn
   UNWIND t.bids AS b
   MERGE (c:Company {uscc: b.uscc}) SET c.name = b.uscc + '建设有限公司'
   MERGE (bid:Bid {bid_id: t.tender_id + '|' + b.uscc})
   SET bid.tender_id = t.tender_id, bid.bidder_uscc = b.uscc, bid.price = b.price, bid.is_winner = b.winner
   MERGE (bid)-[:BID_FOR]->(tn)
   MERGE (bid)-[:BID_BY]->(c)`,
);

const LOAD_LINKS = inline(
  'test-load-links',
  `MERGE (ph:Phone {value: $phone})
   WITH ph MATCH (c:Company) WHERE c.uscc IN ['R1', 'R2'] MERGE (c)-[:HAS_PHONE]->(ph)
   WITH count(*) AS _
   MERGE (a:Address {value: $hub})
   WITH a UNWIND range(0, 199) AS i
   MERGE (c:Company {uscc: CASE WHEN i < 4 THEN 'R' + (i + 1) WHEN i < 64 THEN 'H' + right('0' + (i - 4), 2) ELSE 'AGENT' + i END})
   MERGE (c)-[:AT_ADDRESS]->(a)
   WITH count(*) AS _
   MERGE (d:Device {value: 'A4-5E-60-C2-11-0F'})
   WITH d MATCH (c:Company) WHERE c.uscc IN ['R3', 'R4']
   MERGE (c)-[:USED_DEVICE {tender_id: 'R002'}]->(d)
   WITH count(*) AS _
   MERGE (m:Person {person_id: '110101198001010015'}) SET m.name = '王五'
   WITH m MATCH (b:Bid) WHERE b.bid_id IN ['R001|R2', 'R003|R4'] MERGE (b)-[:MANAGED_BY]->(m)
   WITH count(*) AS _
   MERGE (p1:Person {person_id: '110101197001010018'}) SET p1.name = '张三'
   MERGE (p2:Person {person_id: '110101197202020014'}) SET p2.name = '李四'
   MERGE (p1)-[:RELATIVE_OF {relation: '配偶'}]->(p2)
   WITH p1, p2 MATCH (r1:Company {uscc: 'R1'}), (r3:Company {uscc: 'R3'})
   MERGE (p1)-[:LEGAL_REP_OF]->(r1)
   MERGE (p2)-[:HOLDS_SHARES {share_pct: 0.6}]->(r3)`,
);

describe('detectRings on Neo4j', () => {
  let g: Neo4jGraph;

  beforeAll(async () => {
    g = testGraph();
    await resetGraph(g);
    const world = buildWorld({ big: true });
    await g.write(LOAD_BIDS, { tenders: world.rows });
    await g.write(LOAD_LINKS, { phone: RING_PHONE, hub: HUB_ADDRESS });
  }, 60_000);

  afterAll(async () => {
    await g.close();
  });

  it('finds the planted ring with its names, shared identifiers, manager and kinship path as evidence', async () => {
    const { rings, stats } = await detectRings(g, { seed: 42, pageSize: 50 });
    const top = rings.filter((r) => r.level !== '三级');
    expect(top).toHaveLength(1);
    const ring = top[0];
    expect(ring.members.map((m) => m.uscc)).toEqual(RING);
    expect(ring.members[0].name).toBe('R1建设有限公司');
    expect(ring.level).toBe('一级');
    const byKind = Object.fromEntries(ring.evidence.map((e) => [e.kind, e.text]));
    expect(byKind.shared_phone).toContain(RING_PHONE);
    expect(byKind.shared_device).toContain('A4-5E-60-C2-11-0F');
    expect(byKind.shared_device).toContain('R002');
    expect(byKind.shared_manager).toContain('王五');
    expect(byKind.kinship_path).toBe(
      '成员之间存在亲属关系（3 跳）：R1建设有限公司 ←法定代表人— 张三 —配偶— 李四 —持股 60%→ R3建设有限公司',
    );
    expect(byKind.win_rotation).toContain('ORG0 采购中心');
    expect(ring.evidence.map((e) => e.text).join('\n')).not.toContain(HUB_ADDRESS);
    expect(ring.signals.identifiers).toBeGreaterThan(0.5);
    expect(ring.signals.paths).toBeGreaterThan(0);
    expect(stats.graph.tenders).toBe(162);
    expect(stats.seed).toBe(42);
    expect(stats.modularity).toBeGreaterThan(0);
    expect(stats.levels.一级).toBe(1);
  }, 60_000);

  it('returns the same rings and input fingerprint on a second run with the same seed', async () => {
    const a = await detectRings(g, { seed: 7 });
    const b = await detectRings(g, { seed: 7 });
    expect(JSON.stringify(b.rings)).toBe(JSON.stringify(a.rings));
    expect(b.stats.inputFingerprint).toBe(a.stats.inputFingerprint);
    expect(b.stats.modularity).toBe(a.stats.modularity);
  }, 60_000);
});
