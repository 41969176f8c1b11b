// Queue and job names, declared once.

export const QUEUE = {
  /** Uploaded files to load into the graph. */
  ingest: 'ingest',
  /** Detection runs: manual, API and the nightly schedule; each run is one parent job. */
  detect: 'detect',
  /** Partitions of a detection run (child jobs), processed in parallel by any worker. */
  part: 'detect-part',
} as const;

export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];

export const JOB = {
  ingest: 'ingest',
  detect: 'detect',
  part: 'part',
} as const;

/** Id of the repeatable nightly detection; upserting it again replaces, never duplicates. */
export const NIGHTLY_SCHEDULER_ID = 'nightly-detection';

/** Redis key of the lock that lets one detection run at a time. */
export function runLockKey(prefix: string): string {
  return `${prefix}:lock:detection-run`;
}
