// Search (Chinese substrings and exact ids), entity detail, capped neighbourhoods and dated paths.
import request from 'supertest';
import { count, resetGraph } from '../helpers';
import { fixture, harness, type Harness } from './harness';
import { idCard, uscc } from './ids';

const P = idCard(11);
const Q = idCard(12);
const [C1, C2] = [uscc(11), uscc(12)];
let h: Harness;
jest.setTimeout(30_000);

beforeAll(async () => {
  h = harness();
  await resetGraph(h.graph);
  await fixture(
    h.graph,
    `CREATE (c1:Company {uscc: $C1, name: '杭州市西湖建设工程有限公司', region: '杭州'})
     CREATE (c2:Company {uscc: $C2, name: '宁波海曙贸易有限公司'})
     CREATE (p:Person {person_id: $P, name: '张伟', phone: '13812345678'})
     CREATE (q:Person {person_id: $Q, name: '李娜'})
     CREATE (t:Tender {tender_id: 'ZB-2023-001', name: '西湖区道路改造工程'})
     CREATE (:Organization {org_code: 'ORG-HZ-01', name: '杭州市西湖区交通局'})
     CREATE (p)-[:HOLDS_SHARES {share_pct: 70.0, since: '2022-01-01'}]->(c1)
     CREATE (q)-[:HOLDS_POSITION {role: '监事', start: '2018-01-01', end: '2023-12-31'}]->(c2)
     CREATE (p)-[:RELATIVE_OF {relation: 'spouse'}]->(q)
     CREATE (p)-[:HAS_PHONE]->(:Phone {value: '13812345678'})
     WITH c1 UNWIND range(1, 30) AS i
     CREATE (:Person {person_id: 'H' + i, name: '员工' + i})-[:HOLDS_POSITION {role: '员工'}]->(c1)`,
    { P, Q, C1, C2 },
  );
});
afterAll(() => h.close());

const get = (url: string, role: 'investigator' | 'analyst' = 'investigator') =>
  request(h.app).get(url).set(h.as(role));

describe('GET /api/v1/search', () => {
  it('finds companies by a Chinese substring of the name', async () => {
    const res = await get(`/api/v1/search?q=${encodeURIComponent('西湖建设')}`);
    expect(res.status).toBe(200);
    expect(res.body.hits[0]).toMatchObject({ match: 'name', node: { label: 'Company', key: C1 } });
  });

  it('finds by a one-character name', async () => {
    const res = await get(`/api/v1/search?q=${encodeURIComponent('娜')}`);
    expect(res.body.hits.map((x: { node: { key: string } }) => x.node.key)).toContain(Q);
  });

  it.each([
    ['a USCC in lower case', () => C1.toLowerCase(), () => C1],
    ['a 身份证号', () => P, () => P],
    ['a tender id', () => 'ZB-2023-001', () => 'ZB-2023-001'],
    ['an org code', () => 'ORG-HZ-01', () => 'ORG-HZ-01'],
    ['a phone with a country code', () => '+86 138-1234-5678', () => '13812345678'],
  ])('finds an exact id: %s', async (_n, q, key) => {
    const res = await get(`/api/v1/search?q=${encodeURIComponent(q())}`);
    expect(res.body.hits[0]).toMatchObject({ match: 'id', node: { key: key() } });
  });

  it('filters by label and survives Lucene syntax in the query', async () => {
    const res = await get(`/api/v1/search?q=${encodeURIComponent('西湖')}&labels=Tender`);
    expect(res.body.hits.every((x: { node: { label: string } }) => x.node.label === 'Tender')).toBe(true);
    for (const q of ['"', '\\', 'AND OR NOT', '*?~^', '西湖 AND (', ':'])
      expect((await get(`/api/v1/search?q=${encodeURIComponent(q)}`)).status).toBe(200);
  });

  it('answers 422 to an empty query and an unknown label', async () => {
    expect((await get('/api/v1/search?q=')).body.field).toBe('query.q');
    expect((await get('/api/v1/search?q=a&labels=Alert')).status).toBe(422);
  });
});

describe('GET /api/v1/entities/:label/:key', () => {
  it('shows properties and relationship counts by type and direction', async () => {
    const res = await get(`/api/v1/entities/Company/${C1}`);
    expect(res.status).toBe(200);
    expect(res.body.node).toMatchObject({
      label: 'Company',
      key: C1,
      name: '杭州市西湖建设工程有限公司',
      properties: { region: '杭州' },
    });
    expect(res.body.relationships).toContainEqual({
      type: 'HOLDS_POSITION',
      zh: '任职',
      direction: 'in',
      count: 30,
    });
  });

  it('masks the 身份证号 and phone of a person for an analyst', async () => {
    const res = await get(`/api/v1/entities/Person/${P}`, 'analyst');
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).not.toContain(P);
    expect(res.body.node.properties.phone).toBe('138****5678');
  });

  it('answers 404 to an unknown key and 422 to an unknown label', async () => {
    expect((await get('/api/v1/entities/Company/NOPE')).status).toBe(404);
    expect((await get('/api/v1/entities/Planet/1')).body.field).toBe('params.label');
  });
});

describe('GET /api/v1/entities/:label/:key/neighbours', () => {
  it('caps each relationship type and says how many more there are', async () => {
    const res = await get(`/api/v1/entities/Company/${C1}/neighbours?perType=10`);
    expect(res.status).toBe(200);
    expect(res.body.groups).toContainEqual({
      type: 'HOLDS_POSITION',
      zh: '任职',
      shown: 10,
      total: 30,
      more: 20,
    });
    expect(res.body.groups).toContainEqual({ type: 'HOLDS_SHARES', zh: '持股', shown: 1, total: 1, more: 0 });
    expect(res.body.nodes).toHaveLength(11);
    expect(res.body.edges).toContainEqual(
      expect.objectContaining({ type: 'HOLDS_SHARES', source: `Person:${P}`, target: `Company:${C1}` }),
    );
  });

  it('filters by relationship type and rejects a malformed type', async () => {
    const res = await get(`/api/v1/entities/Person/${P}/neighbours?types=RELATIVE_OF`);
    expect(res.body.groups.map((g: { type: string }) => g.type)).toEqual(['RELATIVE_OF']);
    expect((await get(`/api/v1/entities/Person/${P}/neighbours?types=a-b`)).status).toBe(422);
  });
});

describe('GET /api/v1/paths', () => {
  const url = (extra = '') =>
    `/api/v1/paths?fromLabel=Company&fromKey=${C1}&toLabel=Company&toKey=${C2}${extra}`;

  it('finds the path with the relationship on each hop', async () => {
    const res = await get(url());
    expect(res.status).toBe(200);
    expect(res.body.paths[0].length).toBe(3);
    expect(res.body.paths[0].hops.map((x: { type: string }) => x.type)).toEqual([
      'HOLDS_SHARES',
      'RELATIVE_OF',
      'HOLDS_POSITION',
    ]);
  });

  it('respects the hop limit and the as-of date', async () => {
    expect((await get(url('&maxHops=2'))).body.paths).toEqual([]);
    expect((await get(url('&asOf=2023-06-01'))).body.paths).toHaveLength(1);
    expect((await get(url('&asOf=2024-06-01'))).body.paths).toEqual([]);
    expect((await get(url('&asOf=2021-06-01'))).body.paths).toEqual([]);
  });

  it('answers 422 to seven hops and 404 naming the missing end', async () => {
    expect((await get(url('&maxHops=7'))).body.field).toBe('query.maxHops');
    const res = await get(`/api/v1/paths?fromLabel=Company&fromKey=${C1}&toLabel=Person&toKey=NOPE`);
    expect(res.status).toBe(404);
    expect(res.body.field).toBe('query.toKey');
  });

  it('never writes to the graph', async () => {
    expect(await count(h.graph, 'MATCH (n) RETURN count(n) AS n')).toBe(37);
  });
});
