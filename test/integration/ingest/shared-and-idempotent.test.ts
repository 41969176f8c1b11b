// Shared identifiers meet in one node; loading the same files again changes nothing.
import { ingestPaths } from '../../../ingest';
import { resetGraph, testGraph } from '../helpers';
import { fingerprint, rows, shape, worldIn } from './world';

jest.setTimeout(120_000);
const g = testGraph();
beforeAll(() => resetGraph(g));
afterAll(() => g.close());

describe('shared identifiers and reloading', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await worldIn('utf8');
    await ingestPaths(g, [dir]);
  });

  it('makes a phone shared by two companies (written two ways) one Phone node with two edges', async () => {
    const r = await rows(
      g,
      `MATCH (p:Phone {value: '01012345678'})<-[e:HAS_PHONE]-(c:Company)
       RETURN p.raw AS raw, c.uscc AS c, e.tender_id AS t ORDER BY c`,
    );
    expect(r).toEqual([
      { raw: '010-12345678', c: '91110108MA0000001D', t: null },
      { raw: '010-12345678', c: '91110108MA0000002G', t: null },
    ]);
    const [{ n }] = await rows<{ n: number }>(
      g,
      `MATCH (p:Phone) WHERE p.raw CONTAINS '1234' RETURN count(p) AS n`,
    );
    expect(n).toBe(1);
  });

  it('finds the same address written with full-width digits and spaces as one two-hop path', async () => {
    const r = await rows(
      g,
      `MATCH (a:Company {uscc: '91110108MA0000001D'})-[:AT_ADDRESS]->(x:Address)<-[:AT_ADDRESS]-(b:Company)
       RETURN b.uscc AS b, x.value AS v`,
    );
    expect(r).toEqual([{ b: '91110108MA0000002G', v: '北京市海淀区中关村大街1号' }]);
  });

  it('changes nothing when the same files are loaded again: counts and every property identical', async () => {
    const [beforeShape, beforePrint] = [await shape(g), await fingerprint(g)];
    const again = await ingestPaths(g, [dir]);
    expect(again.every((s) => s.created === 0 && s.updated === s.loaded && s.rejected === 0)).toBe(true);
    expect(await shape(g)).toEqual(beforeShape);
    expect(await fingerprint(g)).toEqual(beforePrint);
  });
});
