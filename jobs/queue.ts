// Our small queue interface (enqueue, status, wait, nightly schedule) and its BullMQ implementation.
import { randomBytes } from 'node:crypto';
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { InputError, NotFoundError, UnavailableError } from '../core/errors';
import { redisConnection, withRedis } from './connection';
import { JOB, QUEUE, type QueueName } from './names';
import { DetectPayload, IngestPayload, parsePayload } from './payloads';
import { registerNightly, type NightlyInfo } from './schedule';
import { resolveJobSettings, type JobSettings } from './settings';
import { FINISHED, jobStatus, type JobStatus } from './status';

export interface JobRef {
  id: string;
  queue: QueueName;
}

export interface JobQueue {
  readonly settings: JobSettings;
  /** Queues a load of uploaded files; returns at once with the job id (`jobId` if given, e.g. the upload id). */
  enqueueIngest(payload: IngestPayload, opts?: { jobId?: string }): Promise<JobRef>;
  /** Queues a detection run now; the job id is the run id. */
  enqueueDetection(payload: DetectPayload): Promise<JobRef>;
  /** State, progress, result and failure reason of a job in any of our queues (NotFoundError if none). */
  status(id: string): Promise<JobStatus>;
  /** Polls until the job completes or fails, or `timeoutMs` passes (then returns its current status). */
  wait(id: string, timeoutMs: number, pollMs?: number): Promise<JobStatus>;
  /** Registers the nightly detection; calling it again never adds a second schedule. */
  registerNightly(): Promise<NightlyInfo>;
  /** The underlying queues, for the admin dashboard only. */
  bullQueues(): Queue[];
  close(): Promise<void>;
}

/** `run-20240305-020000-1a2b3c`: sortable by time, unique, free of `:` (BullMQ's separator). */
export function newJobId(kind: 'run' | 'ingest', now = new Date()): string {
  const t = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${kind}-${t}-${randomBytes(3).toString('hex')}`;
}

export function defaultJobOptions(s: JobSettings): JobsOptions {
  return {
    attempts: s.attempts,
    backoff: { type: 'exponential', delay: s.backoffMs },
    removeOnComplete: { count: s.keepCompleted },
    removeOnFail: { count: s.keepFailed },
  };
}

class BullJobQueue implements JobQueue {
  private readonly queues: Record<QueueName, Queue>;

  constructor(
    readonly settings: JobSettings,
    private readonly conn: Redis,
  ) {
    const opts = {
      connection: conn,
      prefix: settings.prefix,
      defaultJobOptions: defaultJobOptions(settings),
    };
    this.queues = {
      [QUEUE.ingest]: new Queue(QUEUE.ingest, opts),
      [QUEUE.detect]: new Queue(QUEUE.detect, opts),
      [QUEUE.part]: new Queue(QUEUE.part, opts),
    } as Record<QueueName, Queue>;
  }

  private redis<T>(fn: () => Promise<T>): Promise<T> {
    return withRedis(this.settings.redisUrl, fn);
  }

  async enqueueIngest(payload: IngestPayload, opts: { jobId?: string } = {}): Promise<JobRef> {
    const data = parsePayload(IngestPayload, payload, 'ingest');
    const id = opts.jobId ?? newJobId('ingest');
    if (id.includes(':'))
      throw new InputError('jobs.id', `任务编号 ${id} 不能含冒号`, `job id ${id} may not contain ':'`);
    await this.redis(() => this.queues[QUEUE.ingest].add(JOB.ingest, data, { jobId: id }));
    return { id, queue: QUEUE.ingest };
  }

  async enqueueDetection(payload: DetectPayload): Promise<JobRef> {
    const data = parsePayload(DetectPayload, payload, 'detect');
    const id = newJobId('run');
    await this.redis(() => this.queues[QUEUE.detect].add(JOB.detect, data, { jobId: id }));
    return { id, queue: QUEUE.detect };
  }

  async status(id: string): Promise<JobStatus> {
    for (const q of Object.values(this.queues)) {
      const job = await this.redis(() => q.getJob(id));
      if (job) return this.redis(() => jobStatus(job, () => q.getJob(id)));
    }
    throw new NotFoundError('jobs.not-found', `找不到任务 ${id}`, `no job with id ${id}`, { field: 'id' });
  }

  async wait(id: string, timeoutMs: number, pollMs = 500): Promise<JobStatus> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      // Rides out a Redis restart while waiting; gives up with UnavailableError only at the deadline.
      const s = await this.status(id).catch((e: unknown) => {
        if (e instanceof UnavailableError && Date.now() < until) return null;
        throw e;
      });
      if (s && (FINISHED.includes(s.state) || Date.now() >= until)) return s;
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }

  registerNightly(): Promise<NightlyInfo> {
    return this.redis(() => registerNightly(this.queues[QUEUE.detect], this.settings));
  }

  bullQueues(): Queue[] {
    return Object.values(this.queues);
  }

  async close(): Promise<void> {
    await Promise.all(Object.values(this.queues).map((q) => q.close()));
    this.conn.disconnect();
  }
}

/** Opens the queues on the configured Redis (producer side: fails fast when Redis is down). */
export function openJobQueue(overrides: Partial<JobSettings> = {}): JobQueue {
  const settings = resolveJobSettings(overrides);
  return new BullJobQueue(settings, redisConnection(settings.redisUrl, 'producer'));
}
