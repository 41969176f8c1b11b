// Loads the fixture world of every kind as UTF-8, GBK and XLSX and checks the graph it builds.
import { ingestPaths } from '../../../ingest';
import { resetGraph, testGraph } from '../helpers';
import { rows, shape, worldIn, type Format } from './world';

jest.setTimeout(120_000);
const g = testGraph();
beforeAll(() => resetGraph(g));
afterAll(() => g.close());

const EXPECTED_SHAPE = {
  Organization: 3,
  Company: 5,
  Person: 7,
  Tender: 3,
  Bid: 5,
  Contract: 1,
  Payment: 3,
  Phone: 4,
  Email: 2,
  Address: 3,
  Device: 2,
  IP: 2,
  SUBORDINATE_TO: 2,
  LEGAL_REP_OF: 1,
  HAS_PHONE: 7,
  HAS_EMAIL: 2,
  AT_ADDRESS: 4,
  WORKS_AT: 3,
  HOLDS_SHARES: 4,
  HOLDS_POSITION: 3,
  RELATIVE_OF: 2,
  ISSUED_BY: 2,
  AGENCY_FOR: 1,
  BID_FOR: 5,
  BID_BY: 5,
  MANAGED_BY: 1,
  USED_DEVICE: 3,
  USED_IP: 4,
  EVALUATED_BY: 2,
  AWARDED_UNDER: 1,
  BUYER: 1,
  SUPPLIER: 1,
  PAID_BY: 3,
  PAID_TO: 3,
  UNDER_CONTRACT: 1,
  APPROVED_BY: 1,
};

describe.each<Format>(['utf8', 'gbk', 'xlsx'])('loading the fixture world of every kind as %s', (format) => {
  let summaries: Awaited<ReturnType<typeof ingestPaths>>;
  beforeAll(async () => {
    await resetGraph(g);
    summaries = await ingestPaths(g, [await worldIn(format)]);
  });

  it('loads every row of all eleven kinds, entities first, with no rejects and no errors', () => {
    expect(summaries.map((s) => s.kind)).toEqual([
      'organizations',
      'companies',
      'persons',
      'shareholdings',
      'positions',
      'relatives',
      'tenders',
      'bids',
      'evaluations',
      'contracts',
      'payments',
    ]);
    for (const s of summaries) {
      expect(s).toMatchObject({ error: null, rejected: 0, rejectsFile: null });
      expect(s.loaded).toBe(s.read);
    }
    expect(summaries.map((s) => s.read)).toEqual([3, 4, 5, 4, 3, 3, 2, 5, 2, 1, 3]);
    if (format !== 'xlsx') expect(summaries[0].encoding).toBe(format === 'gbk' ? 'gb18030' : 'utf8');
  });

  it('builds exactly the expected nodes and relationships', async () => {
    expect(await shape(g)).toEqual(EXPECTED_SHAPE);
  });

  it('completes stubs by full rows and leaves stubs only for entities never loaded', async () => {
    const stubs = await rows<{ l: string; k: string }>(
      g,
      `MATCH (n) WHERE n.stub = true
       RETURN labels(n)[0] AS l, coalesce(n.uscc, n.person_id, n.tender_id, n.org_code) AS k ORDER BY k`,
    );
    expect(stubs).toEqual([
      { l: 'Person', k: '110101198807070071' },
      { l: 'Person', k: '440305197005050050' },
      { l: 'Company', k: '91310000MA0000005E' },
      { l: 'Tender', k: 'T2024-003' },
    ]);
    const [zhang] = await rows(
      g,
      `MATCH (p:Person {person_id: '110105198001010016'}) RETURN p.stub AS stub, p.name AS name`,
    );
    expect(zhang).toEqual({ stub: false, name: '张三' });
  });

  it('parses dates, money, percents, booleans, enums and integers', async () => {
    const [t] = await rows(
      g,
      `MATCH (t:Tender {tender_id: 'T2024-002'}) RETURN t.publish_date AS p, t.open_date AS o, t.budget AS b`,
    );
    expect(t).toEqual({ p: '2024-04-01', o: '2024-04-22', b: 500000 });
    const [c] = await rows(
      g,
      `MATCH (c:Company {uscc: '91110108MA0000001D'}) RETURN c.registered_capital AS cap, c.established AS e, c.备注 AS note`,
    );
    expect(c).toEqual({ cap: 10000000, e: '2015-06-01', note: '重点关注' });
    const [b] = await rows(
      g,
      `MATCH (b:Bid {bid_id: 'T2024-001|91110108MA0000002G'})
       RETURN b.price AS price, b.is_winner AS w, b.rank AS rank, valueType(b.rank) AS rt, b.submitted_at AS at`,
    );
    expect(b).toEqual({
      price: 985000,
      w: false,
      rank: 2,
      rt: 'INTEGER NOT NULL',
      at: '2024-03-25T09:41:00',
    });
    const shares = await rows(
      g,
      `MATCH (h)-[r:HOLDS_SHARES]->(:Company {uscc: '91110108MA0000002G'}) RETURN r.share_pct AS p ORDER BY p`,
    );
    expect(shares).toEqual([{ p: 40 }, { p: 60 }]);
    const [p] = await rows(
      g,
      `MATCH (p:Person {person_id: '310104199004040048'}) RETURN p.category AS c, p.is_official AS o`,
    );
    expect(p).toEqual({ c: 'official', o: true });
  });

  it('resolves holders, payees and entities: known organisation, else USCC company, else person', async () => {
    const holders = await rows(
      g,
      `MATCH (h)-[:HOLDS_SHARES]->(c:Company)
       RETURN labels(h)[0] AS l, coalesce(h.uscc, h.person_id, h.org_code) AS id ORDER BY id`,
    );
    expect(holders).toEqual([
      { l: 'Person', id: '110105198001010016' },
      { l: 'Organization', id: '12110000MB0000001U' },
      { l: 'Company', id: '91110108MA0000001D' },
      { l: 'Organization', id: 'ORG001' },
    ]);
    const payees = await rows(
      g,
      `MATCH (p:Payment)-[:PAID_TO]->(x) RETURN p.payment_id AS id, labels(x)[0] AS l ORDER BY id`,
    );
    expect(payees.map((r) => r.l)).toEqual(['Company', 'Person', 'Person']);
    const [work] = await rows(
      g,
      `MATCH (:Person {person_id: '310104199004040048'})-[:WORKS_AT]->(e) RETURN labels(e)[0] AS l`,
    );
    expect(work).toEqual({ l: 'Organization' });
  });

  it('links bidders through one node per shared MAC, IP and phone, with the tender on each link', async () => {
    const mac = await rows(
      g,
      `MATCH (c:Company)-[r:USED_DEVICE]->(d:Device {value: '00:1A:2B:3C:4D:5E'})
       RETURN c.uscc AS c, r.tender_id AS t, d.raw AS raw ORDER BY c`,
    );
    expect(mac).toEqual([
      { c: '91110108MA0000001D', t: 'T2024-001', raw: '00-1A-2B-3C-4D-5E' },
      { c: '91110108MA0000002G', t: 'T2024-001', raw: '00-1A-2B-3C-4D-5E' },
    ]);
    const ip = await rows(
      g,
      `MATCH (c:Company)-[:USED_IP]->(:IP {value: '192.168.1.10'}) RETURN c.uscc AS c ORDER BY c`,
    );
    expect(ip).toHaveLength(2);
    const phone = await rows(
      g,
      `MATCH (c:Company)-[r:HAS_PHONE]->(:Phone {value: '13900001111'}) RETURN r.tender_id AS t`,
    );
    expect(phone).toEqual([{ t: 'T2024-001' }, { t: 'T2024-001' }]);
  });

  it('stores kinship once and reads it both ways', async () => {
    const kin = await rows(
      g,
      `MATCH (:Person {person_id: '440305197005050050'})-[r:RELATIVE_OF]-(:Person {person_id: '110105198001010016'})
       RETURN r.relation AS rel, startNode(r).person_id AS child`,
    );
    expect(kin).toEqual([{ rel: 'parent', child: '110105198001010016' }]);
  });
});
