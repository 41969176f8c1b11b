// Custom read-only Cypher: every injection attempt is refused and leaves the graph as it was; reads run
// in a READ transaction with a row cap and a timeout, and personal data is masked for analysts.
import request from 'supertest';
import { count, resetGraph } from '../helpers';
import { INJECTIONS } from '../../unit/api/injections';
import { fixture, harness, type Harness } from './harness';
import { idCard } from './ids';

let h: Harness;
jest.setTimeout(60_000);
const P = idCard(31);

beforeAll(async () => {
  h = harness({ cypher: { maxRows: 50, timeoutMs: 2000 } });
  await resetGraph(h.graph);
  await fixture(
    h.graph,
    `CREATE (:Person {person_id: $P, name: '陈某', phone: '13900001111'})
     WITH 1 AS x UNWIND range(1, 120) AS i CREATE (:Company {uscc: 'U' + i, name: '公司' + i})`,
    { P },
  );
});
afterAll(() => h.close());

const run = (query: string, params?: object, role: 'analyst' | 'admin' = 'analyst') =>
  request(h.app).post('/api/v1/cypher').set(h.as(role)).send({ query, params });
const nodes = () => count(h.graph, 'MATCH (n) RETURN count(n) AS n');
const props = () => count(h.graph, 'MATCH (n) RETURN sum(size(keys(n))) AS n');

describe('POST /api/v1/cypher', () => {
  it('runs a read and masks personal data for an analyst', async () => {
    const res = await run('MATCH (p:Person) RETURN p, p.person_id AS id, p.phone AS phone');
    expect(res.status).toBe(200);
    expect(res.body.columns).toEqual(['p', 'id', 'phone']);
    expect(JSON.stringify(res.body)).not.toContain(P);
    expect(res.body.rows[0].phone).toBe('139****1111');
  });

  it('passes parameters and caps the rows', async () => {
    const res = await run('MATCH (c:Company) WHERE c.name STARTS WITH $p RETURN c.uscc AS u', { p: '公司' });
    expect(res.body).toMatchObject({ truncated: true, maxRows: 50 });
    expect(res.body.rows).toHaveLength(50);
  });

  it('allows the full-text procedure', async () => {
    const res = await run(
      "CALL db.index.fulltext.queryNodes('entity_search', '公司') YIELD node RETURN count(node) AS n",
    );
    expect(res.status).toBe(200);
  });

  it.each(INJECTIONS)('refuses %s and leaves the graph unchanged', async (_name, q) => {
    const [n0, p0] = [await nodes(), await props()];
    const res = await run(q, {}, 'admin');
    expect(res.status).toBe(400);
    expect(res.body.field).toBe('body.query');
    expect([await nodes(), await props()]).toEqual([n0, p0]);
  });

  it.each([
    ['a write smuggled through a parameter-named property', 'MATCH (n) WITH n, {set: 1} AS m CREATE (x)'],
    ['a write inside a subquery', 'MATCH (n) CALL (n) { CREATE (m) } RETURN n'],
    ['unicode escapes in a label', 'MATCH (n:`Company`) SET n.x = 1'],
  ])('refuses %s at the text or plan check', async (_n, q) => {
    const res = await run(q);
    expect(res.status).toBe(400);
  });

  it('refuses a procedure hidden behind backticks at the plan check', async () => {
    const res = await run('CALL `db`.`createLabel`("X")');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('cypher.rejected');
  });

  it('answers 400 naming the query to a syntax error and to a query that runs too long', async () => {
    const bad = await run('MATCH (n RETURN n');
    expect(bad.body).toMatchObject({ status: 400, code: 'cypher.invalid', field: 'body.query' });
    const slow = await run('UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS n');
    expect(slow.status).toBe(400);
    expect(slow.body.code).toBe('cypher.timeout');
  });

  it('refuses an investigator and an empty query', async () => {
    expect((await run('RETURN 1', {}, 'admin')).status).toBe(200);
    expect(
      (await request(h.app).post('/api/v1/cypher').set(h.as('investigator')).send({ query: 'RETURN 1' }))
        .status,
    ).toBe(403);
    expect((await run('')).status).toBe(422);
    expect((await run('   ')).status).toBe(400);
  });
});
