import { inline } from '../../../graph/cypher';
import { openJobQueue, type JobQueue } from '../../../jobs/queue';
import { startWorkers, type WorkerPool } from '../../../jobs/worker';
import { count, resetGraph, testGraph } from '../helpers';
import { ScratchRedis, freePort, sleep, testSettings, until } from './helpers';
import { tallyEngine } from './tally-engine';

jest.setTimeout(60_000);

const g = testGraph();
let redis: ScratchRedis;
let settings: ReturnType<typeof testSettings>;
const open: { close(): Promise<void> }[] = [];

function queue(): JobQueue {
  const q = openJobQueue(settings);
  open.push(q);
  return q;
}
function workers(): WorkerPool {
  const p = startWorkers({
    settings,
    graph: g,
    engine: tallyEngine(),
    ingest: async () => 0,
    defaultSeed: 3,
  });
  open.push(p);
  return p;
}

beforeAll(async () => {
  await resetGraph(g);
  await g.write(inline('seed', `UNWIND range(0, 3) AS i CREATE (:Company {uscc: 'R' + i, region: '甲'})`));
  redis = new ScratchRedis(await freePort());
  await redis.start();
  settings = testSettings('restart', { redisUrl: redis.url });
});

afterAll(async () => {
  for (const o of open.reverse()) await o.close().catch(() => undefined);
  await redis.destroy();
  await g.close();
});

describe('a Redis restart', () => {
  it('loses no queued job, even when Redis crashes (append-only file, fsync every second)', async () => {
    const q = queue();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await q.enqueueDetection({ partitionBy: 'none' })).id);
    await sleep(1_500); // appendfsync everysec: let the last second reach the disk
    await redis.stop('SIGKILL');
    await redis.start();
    workers();
    const states = await Promise.all(ids.map((id) => q.wait(id, 30_000, 200).then((s) => s.state)));
    expect(states).toEqual(Array(5).fill('completed'));
    expect(await count(g, 'MATCH (r:Run) WHERE r.run_id IN $ids RETURN count(r)', { ids })).toBe(5);
  });

  it('is ridden out by a running worker, which picks up jobs queued after Redis is back', async () => {
    const q = queue();
    await redis.stop('SIGTERM');
    await expect(q.enqueueDetection({})).rejects.toMatchObject({ code: 'redis.unavailable' });
    await redis.start();
    const ref = await until('producer reconnects', () =>
      q.enqueueDetection({ partitionBy: 'none' }).catch(() => null),
    );
    const s = await q.wait(ref.id, 30_000, 200);
    expect(s.state).toBe('completed');
  });
});
