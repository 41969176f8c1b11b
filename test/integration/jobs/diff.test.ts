// Runs on the queue against a changing world: the diff names new, recurring, changed and gone rings, and an
// investigator's dismissal carries forward until the ring's evidence changes.
import { Redis } from 'ioredis';
import { inline } from '../../../graph/cypher';
import { detectionEngine } from '../../../jobs/detect-engine';
import type { RunSummary } from '../../../jobs/engine';
import { openJobQueue, type JobQueue } from '../../../jobs/queue';
import { startWorkers, type WorkerPool } from '../../../jobs/worker';
import { ringId } from '../../../detect/identity';
import { count, resetGraph, testGraph } from '../helpers';
import { REDIS_URL, dropPrefix, testSettings } from './helpers';
import { buildRingWorld, dropRing, loadWorld, ringMembers } from './ring-world';

jest.setTimeout(60_000);

const g = testGraph();
const settings = testSettings('diff');
const redis = new Redis(REDIS_URL);
let queue: JobQueue;
let pool: WorkerPool;

const WORLD = { regions: 3, honestFirms: 30, honestTenders: 60, ringsPerRegion: 2 };
const ring = (region: number, k: number) => ringId(ringMembers(region, k));
const params = { only: 'rings' };
const PLANTED = [0, 1, 2].flatMap((r) => [ring(r, 0), ring(r, 1)]);
/** Only the planted rings: weak groups of honest bidders may come and go as the world changes. */
const planted = (ids: string[]) => ids.filter((id) => PLANTED.includes(id));

async function run(): Promise<RunSummary> {
  const ref = await queue.enqueueDetection({ params, seed: 5 });
  const s = await queue.wait(ref.id, 60_000, 200);
  expect(s.failedReason).toBeNull();
  return s.result as RunSummary;
}

const WORKFLOW = inline(
  'test-dismiss',
  `MATCH (a:Alert {alert_id: $id}) SET a.workflow = 'dismissed', a.workflow_reason = $reason RETURN a`,
);
const workflowOf = async (id: string) =>
  (await g.read(inline('test-workflow', 'MATCH (a:Alert {alert_id: $id}) RETURN a.workflow AS w'), { id }))[0]
    ?.w;

beforeAll(async () => {
  await resetGraph(g);
  // Ring 1 of region 1 is not in the first world: it appears in the second run.
  await loadWorld(g, buildRingWorld({ ...WORLD, without: ['1-1'] }));
  queue = openJobQueue(settings);
  pool = startWorkers({
    concurrency: 2,
    settings,
    graph: g,
    engine: detectionEngine(redis, settings.prefix!),
    ingest: async () => null,
    defaultSeed: 1,
  });
});

afterAll(async () => {
  await pool.close();
  await queue.close();
  await dropPrefix(settings.prefix!);
  redis.disconnect();
  await g.close();
});

describe('the diff between runs', () => {
  let first: RunSummary;

  it('finds every planted ring as new in the first run, split by region', async () => {
    first = await run();
    expect(first.partitions).toEqual(['rings:宁波', 'rings:杭州', 'rings:温州']);
    for (const id of [ring(0, 0), ring(0, 1), ring(1, 0), ring(2, 0), ring(2, 1)]) {
      expect(first.diff.rings.new).toContain(id);
    }
    expect(first.diff.rings.new).not.toContain(ring(1, 1));
    expect(first.diffCounts.rings.recurring).toBe(0);
    expect(first.diffCounts.rings.new).toBe(first.diff.rings.new.length);
    expect(await count(g, 'MATCH (r:Run {run_id: $id}) RETURN count(r)', { id: first.run.runId })).toBe(1);
  });

  it('classifies new, recurring and gone when one ring left and another arrived', async () => {
    await g.write(WORKFLOW, { id: ring(0, 1), reason: '经核实为正常联合体投标 (a legitimate consortium)' });
    await dropRing(g, 2, 1);
    await loadWorld(
      g,
      buildRingWorld(WORLD).filter((t) => t.tender_id.startsWith('RT1-1-')),
    );
    const second = await run();
    expect(planted(second.diff.rings.new)).toEqual([ring(1, 1)]);
    expect(planted(second.diff.rings.gone)).toEqual([ring(2, 1)]);
    for (const id of [ring(0, 0), ring(0, 1), ring(1, 0), ring(2, 0)]) {
      expect(second.diff.rings.recurring).toContain(id);
    }
    // The dismissed ring did not come back as new, and stays dismissed.
    expect(await workflowOf(ring(0, 1))).toBe('dismissed');
  });

  it('reopens a dismissed ring only when its evidence changes', async () => {
    await loadWorld(g, [
      {
        tender_id: 'RT0-1-extra',
        region: '杭州',
        purchaser: 'ORG0-1',
        open_date: '2024-06-10',
        bids: ringMembers(0, 1).map((uscc, j) => ({
          uscc,
          price: 2_000_000 * (1 + 0.03 * j),
          winner: j === 0,
        })),
      },
    ]);
    const third = await run();
    expect(planted(third.diff.rings.changed)).toEqual([ring(0, 1)]);
    expect(planted(third.diff.rings.new)).toEqual([]);
    expect(await workflowOf(ring(0, 1))).toBe('open');
  });
});
