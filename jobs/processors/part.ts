// One partition of a detection run (a child job): read-only work whose result the merge step collects.
import type { Job } from 'bullmq';
import type { WorkerDeps } from '../deps';
import type { PartResult } from '../engine';
import { classified } from '../errors';
import { PartPayload, parsePayload } from '../payloads';

export function partProcessor(deps: WorkerDeps): (job: Job) => Promise<PartResult> {
  return classified(async (job: Job) => {
    const input = parsePayload(PartPayload, job.data, 'detect-part');
    // Keep the run's lock alive while its parts work; renew never takes a lock another run holds.
    const stop = deps.lock.keepAlive(input.runId);
    try {
      return await deps.engine.runPartition(deps.graph, input);
    } finally {
      stop();
    }
  });
}
