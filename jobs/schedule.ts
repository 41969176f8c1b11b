// The nightly detection: one job scheduler under a fixed id, upserted on every start (never duplicated).
import type { Queue } from 'bullmq';
import { JOB, NIGHTLY_SCHEDULER_ID } from './names';
import type { JobSettings } from './settings';

export interface NightlyInfo {
  id: string;
  cron: string;
  tz: string;
  /** When the next run is due (ISO), if known. */
  next: string | null;
}

export async function registerNightly(queue: Queue, s: JobSettings): Promise<NightlyInfo> {
  await queue.upsertJobScheduler(
    NIGHTLY_SCHEDULER_ID,
    { pattern: s.nightly.cron, tz: s.nightly.tz },
    {
      name: JOB.detect,
      data: { trigger: 'nightly', params: {} },
      opts: {
        attempts: s.attempts,
        backoff: { type: 'exponential', delay: s.backoffMs },
        removeOnComplete: { count: s.keepCompleted },
        removeOnFail: { count: s.keepFailed },
      },
    },
  );
  const info = await queue.getJobScheduler(NIGHTLY_SCHEDULER_ID);
  return {
    id: NIGHTLY_SCHEDULER_ID,
    cron: s.nightly.cron,
    tz: s.nightly.tz,
    next: info?.next ? new Date(info.next).toISOString() : null,
  };
}
