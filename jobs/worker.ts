// The worker side: one BullMQ worker per queue, stall checking, lock release on final failure, clean shutdown.
import { Queue, Worker, type Job, type WorkerOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { log } from '../core/log';
import type { WorkerDeps } from './deps';
import { redisConnection } from './connection';
import type { DetectionEngine, IngestFn } from './engine';
import type { GraphPort } from '../graph/port';
import { RunLock } from './lock';
import { QUEUE, runLockKey } from './names';
import { detectProcessor } from './processors/detect';
import { ingestProcessor } from './processors/ingest';
import { partProcessor } from './processors/part';
import { defaultJobOptions } from './queue';
import { resolveJobSettings, type JobSettings } from './settings';

export interface WorkerPoolOptions {
  /** Jobs each queue's worker runs at once in this process. */
  concurrency?: number;
  settings?: Partial<JobSettings>;
  graph: GraphPort;
  engine: DetectionEngine;
  ingest: IngestFn;
  defaultSeed: number;
  /** Name shown in the dashboard's worker list. */
  name?: string;
}

export interface WorkerPool {
  readonly workers: Worker[];
  readonly settings: JobSettings;
  close(): Promise<void>;
}

function workerOptions(s: JobSettings, conn: Redis, concurrency: number, name?: string): WorkerOptions {
  return {
    connection: conn,
    prefix: s.prefix,
    concurrency,
    lockDuration: s.lockDurationMs,
    stalledInterval: s.stalledIntervalMs,
    maxStalledCount: s.maxStalledCount,
    removeOnComplete: { count: s.keepCompleted },
    removeOnFail: { count: s.keepFailed },
    name,
  };
}

/** A run that failed for good frees the run lock at once instead of after its TTL. */
function releaseOnFinalFailure(lock: RunLock) {
  return (job: Job | undefined, err: Error) => {
    if (!job) return;
    const final = err.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
    log.warn({ job: job.id, queue: job.queueName, final, reason: err.message }, 'job failed');
    // A part that fails for good fails its run (failParentOnFailure): free the run's lock too.
    const owner = job.queueName === QUEUE.detect ? String(job.id) : (job.data as { runId?: string })?.runId;
    if (final && owner && job.queueName !== QUEUE.ingest) void lock.release(owner).catch(() => undefined);
  };
}

export function startWorkers(opts: WorkerPoolOptions): WorkerPool {
  const s = resolveJobSettings(opts.settings);
  const conn = redisConnection(s.redisUrl, 'worker');
  const lock = new RunLock(conn, runLockKey(s.prefix), s.runLockTtlMs);
  const partQueue = new Queue(QUEUE.part, {
    connection: conn,
    prefix: s.prefix,
    defaultJobOptions: defaultJobOptions(s),
  });
  const deps: WorkerDeps = { ...opts, settings: s, lock, partQueue };
  const wo = workerOptions(s, conn, opts.concurrency ?? 1, opts.name);
  const workers = [
    new Worker(QUEUE.ingest, ingestProcessor(deps), wo),
    new Worker(QUEUE.detect, detectProcessor(deps), wo),
    new Worker(QUEUE.part, partProcessor(deps), wo),
  ];
  for (const w of workers) {
    w.on('failed', releaseOnFinalFailure(lock));
    w.on('error', (e) => log.warn({ queue: w.name, err: e.message }, 'worker error (will retry)'));
  }
  return {
    workers,
    settings: s,
    async close() {
      await Promise.all(workers.map((w) => w.close()));
      await partQueue.close();
      conn.disconnect();
    },
  };
}
