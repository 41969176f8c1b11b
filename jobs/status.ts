// What the API and CLI show about a job: state, progress, result, failure reason, attempts and times.
import type { Job } from 'bullmq';

export type JobStateName =
  'waiting' | 'active' | 'delayed' | 'prioritized' | 'waiting-children' | 'completed' | 'failed' | 'unknown';

export interface JobStatus {
  id: string;
  queue: string;
  name: string;
  state: JobStateName;
  /** Whatever the processor reported last (step, done/total, percent). */
  progress: unknown;
  /** The processor's return value once completed (a run's summary and diff; an ingest's counts and rejects). */
  result: unknown;
  failedReason: string | null;
  /** Times a worker started the job (a retry after a transient error or a stall starts it again). */
  attemptsStarted: number;
  /** Failed attempts counted against `attempts`. */
  attemptsMade: number;
  attempts: number;
  /** Times a worker died or stalled while holding the job. */
  stalledCount: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** The job's input, as submitted. */
  data: unknown;
  /** For a detection run waiting for its partitions: how many are done. */
  children?: { processed: number; pending: number };
}

const iso = (ms: number | undefined): string | null => (ms ? new Date(ms).toISOString() : null);

export const FINISHED: readonly JobStateName[] = ['completed', 'failed'];

/** `reload` re-reads the job when it finished between reading its fields and its state. */
export async function jobStatus(fetched: Job, reload: () => Promise<Job | undefined>): Promise<JobStatus> {
  const state = (await fetched.getState()) as JobStateName;
  const job = FINISHED.includes(state) && !fetched.finishedOn ? ((await reload()) ?? fetched) : fetched;
  const out: JobStatus = {
    id: String(job.id),
    queue: job.queueName,
    name: job.name,
    state,
    progress: job.progress ?? null,
    result: job.returnvalue ?? null,
    failedReason: job.failedReason || null,
    attemptsStarted: job.attemptsStarted ?? 0,
    attemptsMade: job.attemptsMade,
    attempts: job.opts.attempts ?? 1,
    stalledCount: job.stalledCounter ?? 0,
    createdAt: iso(job.timestamp) ?? '',
    startedAt: iso(job.processedOn),
    finishedAt: iso(job.finishedOn),
    data: publicData(job.data),
  };
  if (state === 'waiting-children') {
    const c = await job.getDependenciesCount({ processed: true, unprocessed: true });
    out.children = { processed: c.processed ?? 0, pending: c.unprocessed ?? 0 };
  }
  return out;
}

/** The submitted data without the run's internal step state. */
function publicData(data: unknown): unknown {
  if (data === null || typeof data !== 'object') return data;
  const { state: _state, ...rest } = data as Record<string, unknown>;
  return rest;
}
