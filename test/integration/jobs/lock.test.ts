import { Redis } from 'ioredis';
import { RunLock } from '../../../jobs/lock';
import { openJobQueue, type JobQueue } from '../../../jobs/queue';
import { startWorkers, type WorkerPool } from '../../../jobs/worker';
import { inline } from '../../../graph/cypher';
import { resetGraph, testGraph } from '../helpers';
import { REDIS_URL, dropPrefix, sleep, testSettings } from './helpers';
import { tallyEngine } from './tally-engine';

jest.setTimeout(60_000);

const settings = testSettings('lock');
const redis = new Redis(REDIS_URL);
const key = `${settings.prefix}:lock:probe`;

afterAll(async () => {
  await dropPrefix(settings.prefix!);
  redis.disconnect();
});

describe('the detection-run lock', () => {
  it('lets exactly one of ten runs asking at once take it', async () => {
    const lock = new RunLock(redis, key, 5_000);
    const won = await Promise.all(Array.from({ length: 10 }, (_, i) => lock.acquire(`run-${i}`)));
    expect(won.filter(Boolean)).toHaveLength(1);
    const holder = `run-${won.indexOf(true)}`;
    expect(await lock.holder()).toBe(holder);
    expect(await lock.acquire(holder)).toBe(true);
    expect(await lock.release('run-other')).toBe(false);
    expect(await lock.release(holder)).toBe(true);
    expect(await lock.holder()).toBeNull();
  });

  it('expires when its holder stops renewing it, and lasts while it renews', async () => {
    const lock = new RunLock(redis, `${key}:ttl`, 400);
    expect(await lock.acquire('run-a')).toBe(true);
    const stop = lock.keepAlive('run-a');
    await sleep(1_000);
    expect(await lock.acquire('run-b')).toBe(false);
    stop();
    await sleep(600);
    expect(await lock.acquire('run-b')).toBe(true);
    expect(await lock.renew('run-a')).toBe(false);
  });
});

describe('two workers and four runs at once', () => {
  const g = testGraph();
  let queue: JobQueue;
  let pools: WorkerPool[];
  const calls: Record<string, string[]> = { w1: [], w2: [] };

  beforeAll(async () => {
    await resetGraph(g);
    await g.write(
      inline(
        'seed',
        `UNWIND range(0, 5) AS i CREATE (:Company {uscc: 'L' + i, region: ['甲', '乙', '丙'][i % 3]})`,
      ),
    );
    queue = openJobQueue(settings);
    pools = ['w1', 'w2'].map((name) =>
      startWorkers({
        name,
        concurrency: 2,
        settings,
        graph: g,
        engine: tallyEngine(calls[name]),
        ingest: async () => 0,
        defaultSeed: 1,
      }),
    );
  });

  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
    await queue.close();
    await g.close();
  });

  it('never run two detections at the same time', async () => {
    const params = { partDelayMs: 150, mergeDelayMs: 150 };
    const refs = await Promise.all([1, 2, 3, 4].map(() => queue.enqueueDetection({ params })));
    const done = await Promise.all(refs.map((r) => queue.wait(r.id, 30_000, 100)));
    expect(done.map((s) => s.state)).toEqual(['completed', 'completed', 'completed', 'completed']);
    const windows = done
      .map((s) => (s.result as { run: { startedAt: string; finishedAt: string } }).run)
      .map((r) => [Date.parse(r.startedAt), Date.parse(r.finishedAt)])
      .sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < windows.length; i++) expect(windows[i][0]).toBeGreaterThanOrEqual(windows[i - 1][1]);
    // The lock serialises runs, not their parts: both workers scored partitions.
    expect(calls.w1.some((c) => c.startsWith('part'))).toBe(true);
    expect(calls.w2.some((c) => c.startsWith('part'))).toBe(true);
  });
});
