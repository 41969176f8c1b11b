import { runDetection } from '../../../detect';
import type { RingStep } from '../../../detect/pipeline/rings';
import { ringId } from '../../../detect/identity';
import type { Ring } from '../../../detect/types';
import { inline } from '../../../graph/cypher';
import type { Neo4jGraph } from '../../../graph/port';
import { count, resetGraph, testGraph } from '../helpers';
import { INTEREST_TRANSFER, fixture } from './fixtures';

jest.setTimeout(180_000);

let g: Neo4jGraph;
beforeAll(async () => {
  g = testGraph();
  await resetGraph(g);
  await fixture(g, INTEREST_TRANSFER);
});
afterAll(async () => {
  await g.close();
});

const ring: Ring = {
  id: 'from-the-detector',
  score: 0.8,
  level: '一级',
  members: [
    { uscc: 'C2', name: '丙公司' },
    { uscc: 'C1', name: '乙公司' },
  ],
  evidence: [{ kind: 'cohesion', text: '两家企业在 3 个项目中共同投标' }],
  signals: { cohesion: 0.9 },
  tenders: ['T1'],
};
let rings: Ring[] = [ring];
let fingerprintBefore = '';
const stub: RingStep = async () => ({ rings });
const detect = () => runDetection(g, { seed: 1, rules: ['interest-transfer'], ringStep: stub });
const itId = async () =>
  (await g.read(inline('t', "MATCH (a:Alert {rule: 'interest-transfer'}) RETURN a.alert_id AS id")))[0]?.id;

describe('stored alerts across runs', () => {
  it('stores new alerts with workflow open, linked to their subjects and the run', async () => {
    const r = await detect();
    expect(r.alerts.map((a) => a.status)).toEqual(['new', 'new']);
    expect(r.rings[0].id).toBe(ringId(['C1', 'C2']));
    expect(r.diff.rings.new).toEqual([ringId(['C1', 'C2'])]);
    expect(await count(g, "MATCH (a:Alert {workflow: 'open'}) RETURN count(a)")).toBe(2);
    expect(
      await count(g, 'MATCH (:Alert)-[:PRODUCED_BY]->(r:Run {run_id: $id}) RETURN count(*)', {
        id: r.run.runId,
      }),
    ).toBe(2);
    expect(
      await count(
        g,
        "MATCH (:Alert {rule: 'interest-transfer'})-[:CONCERNS]->(n) WHERE n.person_id = 'O1' OR n.uscc = 'C1' RETURN count(n)",
      ),
    ).toBe(2);
    const run = await g.read(
      inline(
        't',
        'MATCH (r:Run {run_id: $id}) RETURN r.seed AS seed, r.versions AS v, r.input_fingerprint AS f',
      ),
      {
        id: r.run.runId,
      },
    );
    expect(run[0].seed).toBe(1);
    expect(JSON.parse(String(run[0].v)).neo4j).toMatch(/^5\.26/);
    expect(run[0].f).toBe(r.run.inputFingerprint);
  });

  it('keeps ids on the next run, marks them recurring and leaves a dismissed workflow alone', async () => {
    const id = await itId();
    await g.write(inline('t', "MATCH (a:Alert {alert_id: $id}) SET a.workflow = 'dismissed'"), { id });
    const r = await detect();
    fingerprintBefore = r.run.inputFingerprint;
    expect(r.alerts.map((a) => [a.id, a.status]).sort()).toEqual(
      [
        [id, 'recurring'],
        [ringId(['C1', 'C2']), 'recurring'],
      ].sort(),
    );
    expect(
      await count(g, "MATCH (a:Alert {alert_id: $id, workflow: 'dismissed'}) RETURN count(a)", { id }),
    ).toBe(1);
    expect(
      await count(g, 'MATCH (:Alert {alert_id: $id})-[:PRODUCED_BY]->(r:Run) RETURN count(r)', { id }),
    ).toBe(2);
    expect(await count(g, 'MATCH (:Alert {alert_id: $id})-[:CONCERNS]->(n) RETURN count(n)', { id })).toBe(6);
  });

  it('marks changed evidence changed (reopening the dismissed alert) and a vanished ring gone', async () => {
    await fixture(
      g,
      `MATCH (u:Organization {org_code: 'U1'}), (c:Company {uscc: 'C1'})
       CREATE (p:Payment {payment_id: 'PX', amount: 120000.0, paid_at: '2024-07-01'})-[:PAID_BY]->(u)
       CREATE (p)-[:PAID_TO]->(c)`,
    );
    rings = [];
    const id = await itId();
    const r = await detect();
    expect(r.alerts.map((a) => [a.id, a.status])).toEqual([[id, 'changed']]);
    expect(r.diff.rings.gone).toEqual([ringId(['C1', 'C2'])]);
    expect(r.diff.alerts.changed).toEqual([id]);
    expect(await count(g, "MATCH (a:Alert {alert_id: $id, workflow: 'open'}) RETURN count(a)", { id })).toBe(
      1,
    );
    expect(await count(g, "MATCH (a:Alert {rule: 'bid-rigging-ring', status: 'gone'}) RETURN count(a)")).toBe(
      1,
    );
    expect(r.run.inputFingerprint).not.toBe(fingerprintBefore);
  });

  it('does not mark ring alerts gone on a rules-only run', async () => {
    rings = [ring];
    await detect();
    rings = [];
    const r = await runDetection(g, { seed: 1, only: 'rules', ringStep: stub });
    expect(r.diff.rings.gone).toEqual([]);
    expect(
      await count(g, "MATCH (a:Alert {rule: 'bid-rigging-ring', status: 'recurring'}) RETURN count(a)"),
    ).toBe(1);
  });
});
