// Rules (catalog and running one, which stores alerts with an open workflow) and 股权穿透.
import request from 'supertest';
import { count, resetGraph } from '../helpers';
import { fixture, harness, type Harness } from './harness';
import { idCard, uscc } from './ids';

let h: Harness;
jest.setTimeout(120_000);
const P = idCard(51);
const [A, B] = [uscc(51), uscc(52)];

beforeAll(async () => {
  h = harness();
  await resetGraph(h.graph);
  await fixture(
    h.graph,
    `CREATE (o:Organization {org_code: 'ORG-PAY', name: '某区卫生健康局'})
     CREATE (a:Company {uscc: $A, name: '甲医疗器械有限公司'}), (b:Company {uscc: $B, name: '乙医疗科技有限公司'})
     CREATE (p:Person {person_id: $P, name: '周某'})
     CREATE (p)-[:HOLDS_SHARES {share_pct: 60.0}]->(a), (a)-[:HOLDS_SHARES {share_pct: 70.0}]->(b)
     WITH o, b UNWIND range(1, 3) AS i
     CREATE (pay:Payment {payment_id: 'PAY-' + i, amount: 200000.0, paid_at: '2024-03-0' + i})
     CREATE (pay)-[:PAID_BY]->(o), (pay)-[:PAID_TO]->(b)`,
    { P, A, B },
  );
});
afterAll(() => h.close());

describe('rules', () => {
  it('lists the rule catalog with titles, legal basis and parameters', async () => {
    const res = await request(h.app).get('/api/v1/rules').set(h.as('analyst'));
    expect(res.status).toBe(200);
    const split = res.body.rules.find((r: { id: string }) => r.id === 'split-payments');
    expect(split).toMatchObject({
      title: expect.stringContaining('拆分支付'),
      params: { approval_threshold: 500000 },
    });
    expect(split.basis).toContain('政府采购法');
    expect((await request(h.app).get('/api/v1/rules/split-payments').set(h.as('analyst'))).body.id).toBe(
      'split-payments',
    );
  });

  it('runs one rule and stores its alerts with an open workflow', async () => {
    const res = await request(h.app)
      .post('/api/v1/rules/split-payments/run')
      .set(h.as('investigator'))
      .send({});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rule: 'split-payments', stored: true, total: 1 });
    expect(res.body.diff.new).toHaveLength(1);
    expect(
      await count(h.graph, "MATCH (a:Alert {rule: 'split-payments', workflow: 'open'}) RETURN count(a) AS n"),
    ).toBe(1);
    const list = await request(h.app).get('/api/v1/alerts?rule=split-payments').set(h.as('investigator'));
    expect(list.body.items[0]).toMatchObject({ workflow: 'open', status: 'new' });
  });

  it('applies parameter overrides, and refuses unknown rules and parameters', async () => {
    const none = await request(h.app)
      .post('/api/v1/rules/split-payments/run')
      .set(h.as('investigator'))
      .send({ params: { min_count: 4 }, store: false });
    expect(none.body).toMatchObject({ total: 0, stored: false, params: { min_count: 4 } });
    expect(
      (await request(h.app).post('/api/v1/rules/no-such-rule/run').set(h.as('investigator')).send({})).status,
    ).toBe(404);
    const bad = await request(h.app)
      .post('/api/v1/rules/split-payments/run')
      .set(h.as('investigator'))
      .send({ params: { nope: 1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('rule.param');
  });
});

describe('GET /api/v1/companies/:uscc/ownership', () => {
  it('penetrates the ownership chain to the natural person', async () => {
    const res = await request(h.app).get(`/api/v1/companies/${B}/ownership`).set(h.as('investigator'));
    expect(res.status).toBe(200);
    const byKey = Object.fromEntries(
      res.body.holders.map((x: { key: string; pct: number }) => [x.key, x.pct]),
    );
    expect(byKey[A]).toBeCloseTo(70);
    expect(byKey[P]).toBeCloseTo(42);
    expect(res.body.chains.length).toBeGreaterThan(0);
  });

  it('masks the natural person for an analyst and answers 404 to an unknown company', async () => {
    const res = await request(h.app).get(`/api/v1/companies/${B}/ownership`).set(h.as('analyst'));
    expect(JSON.stringify(res.body)).not.toContain(P);
    expect(
      (
        await request(h.app)
          .get(`/api/v1/companies/${uscc(59)}/ownership`)
          .set(h.as('analyst'))
      ).status,
    ).toBe(404);
    expect(
      (await request(h.app).get(`/api/v1/companies/${B}/ownership?threshold=101`).set(h.as('analyst')))
        .status,
    ).toBe(422);
  });
});
