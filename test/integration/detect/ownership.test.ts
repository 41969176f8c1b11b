import { NotFoundError } from '../../../core/errors';
import { controlTable, penetrate } from '../../../detect/ownership';
import type { Neo4jGraph } from '../../../graph/port';
import { resetGraph, testGraph } from '../helpers';
import { fixture } from './fixtures';

jest.setTimeout(60_000);

let g: Neo4jGraph;
beforeAll(async () => {
  g = testGraph();
  await resetGraph(g);
  await fixture(
    g,
    `CREATE (p:Person {person_id: 'P1', name: '张三'})
     CREATE (q:Person {person_id: 'Q1', name: '李四'})
     CREATE (a:Company {uscc: 'A', name: '甲控股'})
     CREATE (b:Company {uscc: 'B', name: '乙投资'})
     CREATE (t:Company {uscc: 'T', name: '目标公司'})
     CREATE (p)-[:HOLDS_SHARES {share_pct: 60.0}]->(a)-[:HOLDS_SHARES {share_pct: 50.0}]->(t)
     CREATE (p)-[:HOLDS_SHARES {share_pct: 100.0}]->(b)-[:HOLDS_SHARES {share_pct: 25.0}]->(t)
     CREATE (b)-[:HOLDS_SHARES {share_pct: 10.0}]->(a)
     CREATE (a)-[:HOLDS_SHARES {share_pct: 5.0}]->(b)
     CREATE (q)-[:HOLDS_SHARES {share_pct: 25.0}]->(t)`,
  );
});
afterAll(async () => {
  await g.close();
});

describe('股权穿透 against the graph', () => {
  it('sums both chains through a cross-holding and names the actual controller', async () => {
    const r = await penetrate(g, 'T');
    const p = r.holders.find((h) => h.key === 'P1');
    // P→A→T 30 + P→B→T 25 + P→B→A→T 5 + P→A→B→T 0.75 = 60.75
    expect(p?.pct).toBeCloseTo(60.75);
    expect(r.controller).toMatchObject({ key: 'P1', basis: 'majority', name: '张三' });
    expect(r.chains[0].paths[0]).toContain('张三 —60%→ 甲控股 —50%→ 目标公司');
  });

  it('gives the same cumulative share in the bulk table', async () => {
    const rows = await controlTable(g, { floor: 50 });
    expect(rows.find((r) => r.holder === 'P1' && r.company === 'T')?.pct).toBeCloseTo(60.75);
    expect(rows.some((r) => r.holder === 'Q1')).toBe(false);
  });

  it('says which company is unknown', async () => {
    await expect(penetrate(g, 'NOPE')).rejects.toThrow(NotFoundError);
  });
});
