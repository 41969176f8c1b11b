// The generated world loads into Neo4j through the real loader with zero rejects, the GB18030 copy changes nothing,
// and planted interest-transfer paths are in the graph as truth.json describes them.
import path from 'node:path';
import { inline } from '../../../graph/cypher';
import { ingestPaths } from '../../../ingest';
import type { KindName } from '../../../model/kinds';
import { generateWorld, type GenerateResult } from '../../../world/generate';
import { count, resetGraph, testGraph } from '../helpers';
import { tmpDir, removeTmp } from '../../unit/world/read';

jest.setTimeout(300_000);
const g = testGraph();
let world: GenerateResult;
let dir: string;

beforeAll(async () => {
  await resetGraph(g);
  dir = tmpDir('load');
  world = await generateWorld({ scale: 'small', seed: 17, outDir: dir, formats: ['csv', 'gbk'] });
});
afterAll(async () => {
  removeTmp();
  await g.close();
});

const AGGREGATES = `
MATCH (c:Company) WITH count(c) AS companies
MATCH (p:Person) WITH companies, count(p) AS persons
MATCH ()-[h:HOLDS_SHARES]->() WITH companies, persons, count(h) AS holdings, sum(h.share_pct) AS shares
MATCH (pay:Payment) WITH companies, persons, holdings, shares, count(pay) AS payments, sum(pay.amount) AS paid
MATCH (t:Tender) RETURN companies, persons, holdings, shares, payments, paid, count(t) AS tenders,
  min(t.publish_date) AS first, max(t.open_date) AS last`;

async function aggregates(): Promise<Record<string, unknown>> {
  const [row] = await g.read(inline('world-aggregates', AGGREGATES));
  return row as Record<string, unknown>;
}

describe('loading a generated world', () => {
  it('loads every row of the small world with zero rejects', async () => {
    const summaries = await ingestPaths(g, [path.join(dir, 'csv')]);
    expect(summaries).toHaveLength(11);
    for (const s of summaries) {
      expect({ file: s.file, error: s.error, rejected: s.rejected }).toEqual({
        file: s.file,
        error: null,
        rejected: 0,
      });
      expect(s.loaded).toBe(world.stats.rows[s.kind as KindName]);
    }
    const rows = world.stats.rows;
    expect(await count(g, 'MATCH (c:Company) RETURN count(c) AS n')).toBe(rows.companies);
    expect(await count(g, 'MATCH (p:Person) RETURN count(p) AS n')).toBe(rows.persons);
    expect(await count(g, 'MATCH (o:Organization) RETURN count(o) AS n')).toBe(rows.organizations);
    expect(await count(g, 'MATCH (b:Bid) RETURN count(b) AS n')).toBe(rows.bids);
    expect(await count(g, 'MATCH ()-[h:HOLDS_SHARES]->() RETURN count(h) AS n')).toBe(rows.shareholdings);
    expect(await count(g, 'MATCH (n) WHERE n.stub = true RETURN count(n) AS n')).toBe(0);
  });

  it('reads the GB18030 copy (slash dates, grouped money, 35% shares) as the very same graph', async () => {
    const before = await aggregates();
    const summaries = await ingestPaths(g, [path.join(dir, 'gbk')]);
    expect(summaries.every((s) => s.error === null && s.rejected === 0 && s.created === 0)).toBe(true);
    expect(await aggregates()).toEqual(before);
  });

  it('holds each planted interest-transfer path from the official through the relative to the company', async () => {
    for (const x of world.truth.interestTransfer) {
      const n = await count(
        g,
        `MATCH (o:Person {person_id: $official})-[:RELATIVE_OF*1..2]-(r:Person {person_id: $relative})
         MATCH p = (r)-[:HOLDS_SHARES*1..3]->(c:Company {uscc: $company})
         RETURN count(p) AS n`,
        { official: x.official, relative: x.relative, company: x.company },
      );
      expect({ id: x.id, found: n > 0 }).toEqual({ id: x.id, found: true });
    }
  });
});
