// The conflict-of-interest check against Neo4j: typologies, hop details, hubs, dates, batches, masking, audit.
import request from 'supertest';
import { resetGraph } from '../helpers';
import { auditEntries, fixture, harness, type Harness } from './harness';
import { idCard, uscc } from './ids';

const O = idCard(1);
const S = idCard(2);
const Z = idCard(3);
const E = idCard(4);
const [C1, C2, C3, C4] = [uscc(1), uscc(2), uscc(3), uscc(4)];
let h: Harness;
jest.setTimeout(30_000);

beforeAll(async () => {
  h = harness();
  await resetGraph(h.graph);
  await fixture(
    h.graph,
    `CREATE (g:Organization {org_code: 'G001', name: '某市住房和城乡建设局'})
     CREATE (o:Person {person_id: $O, name: '王局长', phone: '13812345678'})-[:WORKS_AT]->(g)
     CREATE (s:Person {person_id: $S, name: '李某'})
     CREATE (o)-[:RELATIVE_OF {relation: 'spouse'}]->(s)
     CREATE (c1:Company {uscc: $C1, name: '甲建设有限公司'}), (c2:Company {uscc: $C2, name: '乙工程有限公司'})
     CREATE (c3:Company {uscc: $C3, name: '丙贸易有限公司'}), (c4:Company {uscc: $C4, name: '丁咨询有限公司'})
     CREATE (s)-[:HOLDS_SHARES {share_pct: 60.0, since: '2021-06-01'}]->(c1)
     CREATE (c1)-[:HOLDS_SHARES {share_pct: 80.0, since: '2019-01-01'}]->(c2)
     CREATE (p:Phone {value: '13900000001'})
     CREATE (c1)-[:HAS_PHONE]->(p), (c3)-[:HAS_PHONE]->(p)
     CREATE (e:Person {person_id: $E, name: '王某'})
     CREATE (o)-[:RELATIVE_OF {relation: 'sibling'}]->(e)
     CREATE (e)-[:HOLDS_POSITION {role: '董事', start: '2015-01-01', end: '2018-12-31'}]->(c4)
     CREATE (hub:Phone {value: '4008008000'})
     CREATE (o)-[:HAS_PHONE]->(hub)
     CREATE (z:Person {person_id: $Z, name: '赵某'})-[:HAS_PHONE]->(hub)
     WITH hub UNWIND range(1, 23) AS i
     CREATE (:Person {person_id: 'P' + i, name: '客户' + i})-[:HAS_PHONE]->(hub)`,
    { O, S, Z, E, C1, C2, C3, C4 },
  );
});

afterAll(() => h.close());

const check = (body: unknown, role: 'investigator' | 'service' | 'analyst' = 'investigator') =>
  request(h.app)
    .post('/api/v1/conflicts/check')
    .set(h.as(role))
    .send(body as object);

describe('POST /api/v1/conflicts/check', () => {
  it('finds an official connected to a company through the spouse who holds 60 %', async () => {
    const res = await check({ pairs: [{ a: O, b: C1 }] });
    expect(res.status).toBe(200);
    const a = res.body.answers[0];
    expect(a).toMatchObject({
      connected: true,
      hops: 2,
      typologies: ['kinship', 'shareholding'],
      controlPct: 60,
    });
    expect(a.paths[0].hops[0]).toMatchObject({
      type: 'RELATIVE_OF',
      relation: 'spouse',
      typology: 'kinship',
      source: '亲属关系',
    });
    expect(a.paths[0].hops[1]).toMatchObject({
      type: 'HOLDS_SHARES',
      sharePct: 60,
      since: '2021-06-01',
      source: '股权',
    });
    expect(a.score).toBeGreaterThan(0.5);
    expect(a.auditId).toMatch(/^aud-\d{8}$/);
  });

  it('records each answer in the audit log under its audit id', async () => {
    const res = await check({ pairs: [{ a: O, b: C2 }] });
    const entry = auditEntries(h).find((e) => e.id === res.body.answers[0].auditId);
    expect(entry).toMatchObject({
      action: 'coi.check',
      results: 1,
      actor: { role: 'investigator' },
      query: { a: O, b: C2 },
    });
  });

  it('multiplies shares along an ownership chain for the control %', async () => {
    const res = await check({ pairs: [{ a: O, b: C2 }] });
    expect(res.body.answers[0]).toMatchObject({ connected: true, hops: 3, controlPct: 48 });
  });

  it('connects through a phone shared by two companies, within 4 hops but not 3', async () => {
    const four = await check({ pairs: [{ a: O, b: C3 }] });
    expect(four.body.answers[0]).toMatchObject({ connected: true, hops: 4 });
    expect(four.body.answers[0].typologies).toContain('shared_identifier');
    const three = await check({ pairs: [{ a: O, b: C3 }], maxHops: 3 });
    expect(three.body.answers[0]).toMatchObject({ connected: false, hops: null, paths: [] });
  });

  it('does not treat a phone shared by 25 parties as a connection', async () => {
    const res = await check({ pairs: [{ a: O, b: Z }] });
    expect(res.body.answers[0]).toMatchObject({ connected: false, score: 0 });
  });

  it('ignores relationships that start after or end before the as-of date', async () => {
    const before = await check({
      pairs: [
        { a: O, b: C1 },
        { a: O, b: C4 },
      ],
      asOf: '2020-01-01',
    });
    expect(before.body.answers.map((x: { connected: boolean }) => x.connected)).toEqual([false, false]);
    const during = await check({ pairs: [{ a: O, b: C4 }], asOf: '2017-03-01' });
    expect(during.body.answers[0]).toMatchObject({ connected: true, typologies: ['kinship', 'employment'] });
    expect(during.body.answers[0].paths[0].hops[1]).toMatchObject({
      role: '董事',
      start: '2015-01-01',
      end: '2018-12-31',
    });
  });

  it('checks one subject against a list, in order, with unknown parties unresolved', async () => {
    const res = await check({ subject: O, against: [C1, 'NO-SUCH-ID', C3] });
    expect(res.status).toBe(200);
    const ans = res.body.answers;
    expect(ans.map((x: { b: { query: string } }) => x.b.query)).toEqual([C1, 'NO-SUCH-ID', C3]);
    expect(ans[1]).toMatchObject({ connected: false, b: { node: null } });
    expect(new Set(ans.map((x: { auditId: string }) => x.auditId)).size).toBe(3);
  });

  it('resolves an organisation code and accepts a lower-case USCC', async () => {
    const res = await check({ pairs: [{ a: 'G001', b: C1.toLowerCase() }] });
    expect(res.body.answers[0]).toMatchObject({
      connected: true,
      hops: 3,
      a: { node: { label: 'Organization' } },
    });
  });

  it('answers a pair of the same party as connected with zero hops', async () => {
    const res = await check({ pairs: [{ a: O, b: O.toLowerCase() }] });
    expect(res.body.answers[0]).toMatchObject({ sameParty: true, connected: true, hops: 0, score: 1 });
  });

  it('masks 身份证号 for a service key and shows them to an investigator', async () => {
    const svc = await check({ pairs: [{ a: O, b: C1 }] }, 'service');
    expect(svc.status).toBe(200);
    expect(JSON.stringify(svc.body)).not.toContain(O);
    expect(svc.body.answers[0].a.node.key).toBe(`${O.slice(0, 6)}********${O.slice(14)}`);
    const inv = await check({ pairs: [{ a: O, b: C1 }] });
    expect(inv.body.answers[0].a.node.key).toBe(O);
  });

  it('keeps masked ids out of the audit log for a service key', async () => {
    const svc = await check({ pairs: [{ a: O, b: C1 }] }, 'service');
    const entry = auditEntries(h).find((e) => e.id === svc.body.answers[0].auditId)!;
    expect(JSON.stringify(entry)).not.toContain(O);
  });

  it.each([
    ['more than 100 pairs', { pairs: Array.from({ length: 101 }, () => ({ a: O, b: C1 })) }, 'body.pairs'],
    ['both pairs and a subject', { pairs: [{ a: O, b: C1 }], subject: O, against: [C1] }, 'body'],
    ['a subject without a list', { subject: O }, 'body.against'],
    ['seven hops', { pairs: [{ a: O, b: C1 }], maxHops: 7 }, 'body.maxHops'],
    ['a bad date', { pairs: [{ a: O, b: C1 }], asOf: '2020-13-45' }, 'body.asOf'],
    ['an unknown field', { pairs: [{ a: O, b: C1 }], extra: 1 }, 'body'],
    ['an empty id', { pairs: [{ a: '', b: C1 }] }, 'body.pairs.0.a'],
    ['a huge id', { pairs: [{ a: 'x'.repeat(10_000), b: C1 }] }, 'body.pairs.0.a'],
    ['a lone surrogate', { pairs: [{ a: '\ud800', b: C1 }] }, 'body.pairs.0.a'],
  ])('answers 422 naming the field for %s', async (_name, body, field) => {
    const res = await check(body);
    expect(res.status).toBe(422);
    expect(res.type).toBe('application/problem+json');
    expect(res.body.field).toBe(field);
  });

  it('answers 400 to malformed JSON and 415 to a non-JSON body', async () => {
    const bad = await request(h.app)
      .post('/api/v1/conflicts/check')
      .set(h.as('service'))
      .set('Content-Type', 'application/json')
      .send('{"pairs": [');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'body.malformed', status: 400 });
    const text = await request(h.app)
      .post('/api/v1/conflicts/check')
      .set(h.as('service'))
      .set('Content-Type', 'text/plain')
      .send('pairs');
    expect(text.status).toBe(415);
  });
});
