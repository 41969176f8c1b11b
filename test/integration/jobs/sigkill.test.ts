// Real worker processes killed with SIGKILL mid-run: another worker finds the stalled job and completes
// the run exactly once, with no duplicated alerts and the diff the run would have had without the crash.
import { RING_RULE } from '../../../detect/identity';
import type { RunSummary } from '../../../jobs/engine';
import { openJobQueue, type JobQueue } from '../../../jobs/queue';
import { count, resetGraph, testGraph } from '../helpers';
import { dropPrefix, spawnWorker, testSettings, until, type WorkerProcess } from './helpers';
import { buildRingWorld, loadWorld } from './ring-world';

jest.setTimeout(120_000);

const g = testGraph();
const settings = testSettings('sigkill');
const args = [
  ...['--prefix', settings.prefix!, '--no-nightly', '--concurrency', '2'],
  ...['--lock-duration', '2000', '--stalled-interval', '1000', '--run-lock-ttl', '4000'],
];
let queue: JobQueue;
const workers: WorkerProcess[] = [];

async function worker(extra: string[] = []): Promise<WorkerProcess> {
  const w = await spawnWorker([...args, ...extra]);
  workers.push(w);
  return w;
}

async function kill(w: WorkerProcess): Promise<void> {
  w.proc.kill('SIGKILL');
  expect(await w.exited).toBeNull();
}

beforeAll(async () => {
  await resetGraph(g);
  await loadWorld(g, buildRingWorld({ regions: 3, honestFirms: 30, honestTenders: 60, ringsPerRegion: 2 }));
  queue = openJobQueue(settings);
});

afterAll(async () => {
  for (const w of workers) if (w.proc.exitCode === null) w.proc.kill('SIGKILL');
  await queue.close();
  await dropPrefix(settings.prefix!);
  await g.close();
});

const finished = (runId: string) =>
  count(g, 'MATCH (r:Run {run_id: $id}) WHERE r.finished_at IS NOT NULL RETURN count(r)', { id: runId });

describe('a worker killed with SIGKILL', () => {
  it('after the merge stored its alerts: another worker completes the run once, without duplicates', async () => {
    const a = await worker(['--step-delay', '2500']);
    const ref = await queue.enqueueDetection({ params: { only: 'rings' }, seed: 9 });
    // The merge has written the Run and every alert; the job is not completed yet (step delay).
    await until('merge stored', async () => (await finished(ref.id)) === 1, 60_000);
    await kill(a);
    expect((await queue.status(ref.id)).state).toBe('active');
    await worker();
    const s = await queue.wait(ref.id, 60_000, 200);
    expect(s.state).toBe('completed');
    expect(s.stalledCount + s.attemptsStarted).toBeGreaterThanOrEqual(2);
    const result = s.result as RunSummary;
    const alerts = await count(g, 'MATCH (a:Alert {rule: $rule}) RETURN count(a)', { rule: RING_RULE });
    expect(alerts).toBeGreaterThan(0);
    // Every alert is new (the retry did not mistake its own first writes for a previous run)...
    expect(result.diffCounts.rings).toEqual({ new: alerts, recurring: 0, changed: 0, gone: 0 });
    // ...linked to the run once, and the run exists once.
    expect(
      await count(g, 'MATCH (:Alert)-[p:PRODUCED_BY]->(:Run {run_id: $id}) RETURN count(p)', { id: ref.id }),
    ).toBe(alerts);
    expect(await count(g, "MATCH (:Alert)-[p:PRODUCED_BY {status: 'new'}]->(:Run) RETURN count(p)")).toBe(
      alerts,
    );
    expect(await count(g, 'MATCH (r:Run {run_id: $id}) RETURN count(r)', { id: ref.id })).toBe(1);
  });

  it('while it scored a partition: the stalled partition is redone and the run completes', async () => {
    const a = await worker(['--step-delay', '4000']);
    const ref = await queue.enqueueDetection({ params: { only: 'rings' }, seed: 9 });
    await until('a partition running', async () => {
      const s = await queue.status(ref.id);
      return s.state === 'waiting-children' && (s.children?.pending ?? 0) > 0;
    });
    await kill(a);
    await worker();
    const s = await queue.wait(ref.id, 60_000, 200);
    expect(s.state).toBe('completed');
    const result = s.result as RunSummary;
    expect(result.partitions).toHaveLength(3);
    // Second run over an unchanged world: every ring recurs, none is new or gone.
    expect(result.diffCounts.rings.new).toBe(0);
    expect(result.diffCounts.rings.gone).toBe(0);
    expect(result.diffCounts.rings.recurring).toBeGreaterThan(0);
  });
});
