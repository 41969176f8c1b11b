import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { runDetection } from '../../../detect';
import { toJson } from '../../../detect/cli/summary';
import type { Neo4jGraph } from '../../../graph/port';
import { resetGraph, testGraph } from '../helpers';
import { INTEREST_TRANSFER, RING, fixture } from './fixtures';

jest.setTimeout(300_000);

let g: Neo4jGraph;
beforeAll(async () => {
  g = testGraph();
  await resetGraph(g);
  await fixture(g, RING);
  await fixture(g, INTEREST_TRANSFER);
});
afterAll(async () => {
  await g.close();
});

/** The parts of a run's output that must not depend on when or how often it ran. */
function findings(doc: unknown) {
  const d = doc as { rings: { status?: string }[]; alerts: { status?: string }[] };
  const strip = <T extends { status?: string }>(x: T) => ({ ...x, status: undefined });
  return { rings: d.rings.map(strip), alerts: d.alerts.map(strip) };
}

describe('npx mingjing detect', () => {
  it('finds the planted ring and gives the same findings twice for one seed', async () => {
    const a = await runDetection(g, { seed: 7, store: false });
    const b = await runDetection(g, { seed: 7, store: false });
    expect(a.rings.map((r) => r.members.map((m) => m.uscc))).toContainEqual(['R1', 'R2', 'R3', 'R4']);
    expect(findings(toJson(b))).toEqual(findings(toJson(a)));
    expect(b.run.inputFingerprint).toBe(a.run.inputFingerprint);
    expect(a.alerts.map((x) => x.rule)).toEqual(
      expect.arrayContaining(['bid-rigging-ring', 'interest-transfer']),
    );
  });

  it('prints one JSON document with the run, rings sorted by score and alerts', () => {
    const root = path.resolve(__dirname, '../../..');
    const out = execFileSync(path.join(root, 'bin/mingjing.cjs'), ['detect', '--json', '--seed', '7'], {
      cwd: root,
      env: process.env,
      encoding: 'utf8',
    });
    const doc = JSON.parse(out) as {
      run: { runId: string; seed: number; versions: Record<string, string> };
      rings: { score: number; members: { uscc: string; name: string }[] }[];
      alerts: { id: string; rule: string; subjects: unknown[]; evidence: unknown[] }[];
    };
    expect(doc.run.seed).toBe(7);
    expect(doc.run.versions.neo4j).toMatch(/^5\.26/);
    expect(doc.rings.map((r) => r.score)).toEqual([...doc.rings.map((r) => r.score)].sort((x, y) => y - x));
    expect(doc.rings[0].members[0]).toEqual({ uscc: expect.any(String), name: expect.any(String) });
    for (const a of doc.alerts) expect(a.evidence.length).toBeGreaterThan(0);
  });

  it('refuses an unknown --only value with a clear message and no stack trace', () => {
    const root = path.resolve(__dirname, '../../..');
    let err = '';
    try {
      execFileSync(path.join(root, 'bin/mingjing.cjs'), ['detect', '--only', 'everything'], {
        cwd: root,
        env: process.env,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      err = String((e as { stderr: string }).stderr);
    }
    expect(err).toContain('--only 应为 rings 或 rules');
    expect(err).not.toMatch(/at .*\.ts:\d+/);
  });
});
