// A detection run as one parent job in two steps: plan (lock, split into child jobs) and merge (store, diff).
import { createHash } from 'node:crypto';
import { DelayedError, WaitingChildrenError, type Job } from 'bullmq';
import { log } from '../../core/log';
import type { WorkerDeps } from '../deps';
import type { PartResult, RunInput, RunSummary } from '../engine';
import { classified } from '../errors';
import { JOB } from '../names';
import { DetectPayload, RunState, parsePayload, type DetectRequest, type Partition } from '../payloads';

/** Child job id: stable per run and partition, so a re-planned run never adds a part twice. */
export function partJobId(runId: string, partition: Partition): string {
  const h = createHash('sha256').update(partition.key).digest('hex').slice(0, 12);
  return `${runId.replace(/:/g, '_')}--part-${h}`;
}

function runInput(job: Job, req: DetectRequest, state: RunState, deps: WorkerDeps): RunInput {
  return {
    runId: String(job.id),
    seed: req.seed ?? deps.defaultSeed,
    params: req.params,
    trigger: req.trigger,
    startedAt: state.startedAt ?? new Date().toISOString(),
  };
}

async function saveState(job: Job, state: RunState & { partitions?: Partition[] }): Promise<void> {
  await job.updateData({ ...job.data, state });
}

/** Plans the run; returns the summary if it ran whole, or throws WaitingChildrenError while parts run. */
async function plan(job: Job, token: string, input: RunInput, req: DetectRequest, deps: WorkerDeps) {
  const saved = (job.data?.state?.partitions as Partition[] | undefined) ?? null;
  const by = req.partitionBy ?? deps.settings.partitionBy;
  const parts = saved ?? (await deps.engine.partitions(deps.graph, by, req.params));
  await saveState(job, { step: 'plan', startedAt: input.startedAt, partitions: parts });
  if (parts.length <= 1) {
    await job.updateProgress({ step: 'detect', percent: 10 });
    return deps.engine.runWhole(deps.graph, input);
  }
  const opts = job.opts;
  await deps.partQueue.addBulk(
    parts.map((partition) => ({
      name: JOB.part,
      data: { runId: input.runId, seed: input.seed, params: input.params, partition },
      opts: {
        jobId: partJobId(input.runId, partition),
        parent: { id: input.runId, queue: job.queueQualifiedName },
        failParentOnFailure: true,
        attempts: opts.attempts,
        backoff: opts.backoff,
        removeOnComplete: opts.removeOnComplete,
        removeOnFail: opts.removeOnFail,
      },
    })),
  );
  await saveState(job, { step: 'merge', startedAt: input.startedAt, parts: parts.length });
  await job.updateProgress({ step: 'partitions', total: parts.length, percent: 20 });
  if (await job.moveToWaitingChildren(token)) throw new WaitingChildrenError();
  return null;
}

async function merge(job: Job, input: RunInput, deps: WorkerDeps): Promise<RunSummary> {
  await job.updateProgress({ step: 'merge', percent: 90 });
  const values = await job.getChildrenValues<PartResult>();
  const parts = Object.values(values).sort((a, b) => (a.partition < b.partition ? -1 : 1));
  return deps.engine.merge(deps.graph, { ...input, parts });
}

async function processRun(deps: WorkerDeps, job: Job, token?: string): Promise<RunSummary> {
  const req = parsePayload(DetectPayload, job.data, 'detect');
  const state = RunState.parse(job.data?.state ?? {});
  const runId = String(job.id);
  if (!(await deps.lock.acquire(runId))) {
    const holder = await deps.lock.holder();
    log.info({ runId, holder }, 'detection run waits for the running one');
    await job.moveToDelayed(Date.now() + deps.settings.runLockRetryMs, token);
    throw new DelayedError();
  }
  const input = runInput(job, req, state, deps);
  const stop = deps.lock.keepAlive(input.runId, () => log.warn({ runId: input.runId }, 'run lock lost'));
  try {
    const summary =
      state.step === 'merge' ? await merge(job, input, deps) : await plan(job, token ?? '', input, req, deps);
    const done = summary ?? (await merge(job, input, deps));
    await deps.lock.release(input.runId);
    await job.updateProgress({ step: 'done', percent: 100 });
    return done;
  } finally {
    stop();
  }
}

export function detectProcessor(deps: WorkerDeps): (job: Job, token?: string) => Promise<RunSummary> {
  return classified((job: Job, token?: string) => processRun(deps, job, token));
}
