import { UnavailableError } from '../../../core/errors';
import { inline } from '../../../graph/cypher';
import type { GraphPort } from '../../../graph/port';
import { QUEUE, runLockKey } from '../../../jobs/names';
import { openJobQueue, type JobQueue } from '../../../jobs/queue';
import { startWorkers, type WorkerPool } from '../../../jobs/worker';
import { count, resetGraph, testGraph } from '../helpers';
import { Redis } from 'ioredis';
import { REDIS_URL, dropPrefix, testSettings, until } from './helpers';
import { tallyEngine } from './tally-engine';

jest.setTimeout(60_000);

const g = testGraph();
const settings = testSettings('queue');
let queue: JobQueue;
let pool: WorkerPool;
const calls: string[] = [];
let ingested: string[][] = [];

/** Fails the first `n` calls as if Neo4j were down, then lets everything through. */
function flaky(inner: GraphPort, n: { left: number }): GraphPort {
  const gate = () => {
    if (n.left > 0) {
      n.left -= 1;
      throw new UnavailableError('neo4j.unavailable', 'Neo4j 不可用', 'Neo4j unavailable');
    }
  };
  return {
    read: async (...a) => (gate(), inner.read(...a)),
    write: async (...a) => (gate(), inner.write(...a)),
    writeAll: async (...a) => (gate(), inner.writeAll(...a)),
    ping: () => inner.ping(),
    close: async () => undefined,
  };
}
const outage = { left: 0 };

beforeAll(async () => {
  await resetGraph(g);
  await g.write(
    inline(
      'seed-companies',
      `UNWIND $rows AS r CREATE (:Company {uscc: r.uscc, name: r.uscc, region: r.region})`,
    ),
    {
      rows: ['杭州', '杭州', '宁波', '温州', '温州', '温州'].map((region, i) => ({
        uscc: `T${i}`,
        region,
      })),
    },
  );
  queue = openJobQueue(settings);
  pool = startWorkers({
    concurrency: 2,
    settings,
    graph: flaky(g, outage),
    engine: tallyEngine(calls),
    ingest: async (_g, paths) => {
      ingested.push(paths);
      return { files: paths.length };
    },
    defaultSeed: 7,
  });
});

afterAll(async () => {
  await pool.close();
  await queue.close();
  await dropPrefix(settings.prefix!);
  await g.close();
});

describe('detection runs on the queue', () => {
  it('splits a run by region into child jobs and merges them into one Run', async () => {
    const ref = await queue.enqueueDetection({ trigger: 'cli' });
    const s = await queue.wait(ref.id, 20_000, 100);
    expect(s.state).toBe('completed');
    const result = s.result as { partitions: string[]; run: { counts: { companies: number }; seed: number } };
    expect(result.partitions).toEqual(['region:宁波', 'region:杭州', 'region:温州']);
    expect(result.run.counts.companies).toBe(6);
    expect(result.run.seed).toBe(7);
    expect(calls.filter((c) => c.startsWith('part '))).toHaveLength(3);
    expect(await count(g, 'MATCH (r:Run {run_id: $id}) RETURN count(r)', { id: ref.id })).toBe(1);
  });

  it('runs in one piece when partitioning is off', async () => {
    const ref = await queue.enqueueDetection({ partitionBy: 'none' });
    const s = await queue.wait(ref.id, 20_000, 100);
    expect(s.state).toBe('completed');
    expect((s.result as { partitions: string[] }).partitions).toEqual(['all']);
  });

  it('retries with backoff while Neo4j is unavailable and then completes', async () => {
    outage.left = 2;
    const ref = await queue.enqueueDetection({ partitionBy: 'none' });
    const s = await queue.wait(ref.id, 20_000, 100);
    expect(s.state).toBe('completed');
    expect(s.attemptsStarted).toBe(3);
    expect(outage.left).toBe(0);
  });

  it('fails the run when one of its partitions fails for good, and frees the run lock', async () => {
    const ref = await queue.enqueueDetection({ params: { failPart: 'region:宁波' } });
    const s = await queue.wait(ref.id, 20_000, 100);
    expect(s.state).toBe('failed');
    const lock = new Redis(REDIS_URL);
    try {
      await until(
        'lock released',
        async () => (await lock.get(runLockKey(settings.prefix!))) === null,
        5_000,
      );
    } finally {
      lock.disconnect();
    }
  });

  it('fails a run with bad data at once, without retrying, and says which field', async () => {
    const detect = queue.bullQueues().find((q) => q.name === QUEUE.detect)!;
    const job = await detect.add('detect', { seed: 'not-a-number' }, { jobId: 'run-bad-seed' });
    const s = await queue.wait(String(job.id), 10_000, 100);
    expect(s.state).toBe('failed');
    expect(s.attemptsStarted).toBe(1);
    expect(s.failedReason).toMatch(/seed/);
  });
});

describe('ingest jobs', () => {
  it('fails for good, naming the file, when an uploaded file is missing', async () => {
    ingested = [];
    const ref = await queue.enqueueIngest({ paths: ['gone-bids.csv'], uploadId: 'u1' });
    const s = await queue.wait(ref.id, 10_000, 100);
    expect(s.state).toBe('failed');
    expect(s.attemptsStarted).toBe(1);
    expect(s.failedReason).toMatch(/gone-bids\.csv/);
    expect(ingested).toEqual([]);
  });

  it('reports a job id nobody knows as not found', async () => {
    await expect(queue.status('run-nobody')).rejects.toThrow(/run-nobody/);
  });
});
