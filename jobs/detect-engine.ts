// The queue's detection engine over detect/: rings scored per region in child jobs, then one
// runDetection (rules, classification, storage) fed the merged rings; idempotent by run id.
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { runDetection, type DetectionResult, type DetectOptions } from '../detect/pipeline/run';
import type { Ring } from '../detect/types';
import { cypher } from '../graph/cypher';
import type { GraphPort } from '../graph/port';
import type { DetectionEngine, DiffCounts, PartResult, RunInput, RunSummary } from './engine';
import { ringsForRegions } from './partition-rings';
import { parsePayload, type Partition } from './payloads';
import { pinnedState, runSnapshot } from './run-snapshot';

/** A run's `params`: which steps and rules run, and their parameter overrides (see DetectOptions). */
export const RunParams = z
  .object({
    only: z.enum(['all', 'rings', 'rules']).optional(),
    rules: z.array(z.string().min(1)).optional(),
    global: z.record(z.string(), z.unknown()).optional(),
    byRule: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
    rings: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export type RunParams = z.infer<typeof RunParams>;

const ALL: Partition = { key: 'all', kind: 'all', values: [] };

function options(input: RunInput, rings?: Ring[]): DetectOptions {
  const p = parsePayload(RunParams, input.params, 'detect.params');
  const ringParams = { ...(p.rings ?? {}), seed: input.seed };
  return {
    seed: input.seed,
    only: p.only,
    rules: p.rules,
    params: { global: p.global, byRule: p.byRule, rings: p.rings },
    runId: input.runId,
    trigger: input.trigger,
    ringStep: rings ? async () => ({ rings, stats: { params: ringParams } }) : undefined,
  };
}

const counts = (d: {
  new: string[];
  recurring: string[];
  changed: string[];
  gone: string[];
}): DiffCounts => ({
  new: d.new.length,
  recurring: d.recurring.length,
  changed: d.changed.length,
  gone: d.gone.length,
});

function summary(res: DetectionResult, partitions: string[]): RunSummary {
  return {
    run: res.run,
    previousRunId: null,
    diff: res.diff,
    diffCounts: { rings: counts(res.diff.rings), alerts: counts(res.diff.alerts) },
    partitions,
  };
}

/** The same member set found in two regions is one ring; keep its best score. */
export function mergeRings(parts: PartResult[]): Ring[] {
  const best = new Map<string, Ring>();
  for (const p of parts) {
    for (const r of (p.payload as { rings: Ring[] }).rings) {
      const prev = best.get(r.id);
      if (!prev || r.score > prev.score) best.set(r.id, r);
    }
  }
  return [...best.values()];
}

/** Records on the Run how it was split and what each partition took (the ring step ran in the parts). */
async function recordPartitions(g: GraphPort, res: DetectionResult, parts: PartResult[]): Promise<void> {
  if (parts.length === 0) return;
  const timings = Object.fromEntries(parts.map((p) => [p.partition, p.timingsMs]));
  const counts = Object.fromEntries(parts.map((p) => [p.partition, p.counts]));
  for (const p of parts) res.run.timingsMs[`part.${p.partition}`] = Math.round(p.timingsMs.total ?? 0);
  await g.write(cypher('merge-run'), {
    run_id: res.run.runId,
    props: {
      partitions: JSON.stringify(parts.map((p) => p.partition)),
      partition_timings: JSON.stringify(timings),
      partition_counts: JSON.stringify(counts),
    },
  });
}

export function detectionEngine(redis: Redis, prefix: string): DetectionEngine {
  const run = async (g: GraphPort, input: RunInput, parts: PartResult[] | null) => {
    const opts = options(input, parts ? mergeRings(parts) : undefined);
    const snapshot = await runSnapshot(redis, g, prefix, input.runId);
    const res = await runDetection(pinnedState(g, snapshot), opts);
    await recordPartitions(g, res, parts ?? []);
    return summary(res, parts ? parts.map((p) => p.partition) : ['all']);
  };
  return {
    async partitions(g, by, params) {
      const p = parsePayload(RunParams, params, 'detect.params');
      if (by === 'none' || p.only === 'rules') return [ALL];
      const rows = await g.read<{ region: string }>(cypher('jobs-list-tender-regions'));
      if (rows.length <= 1) return [ALL];
      return rows.map((r) => ({ key: `rings:${r.region}`, kind: 'rings', values: [r.region] }));
    },
    async runPartition(g, input) {
      const p = parsePayload(RunParams, input.params, 'detect.params');
      const res = await ringsForRegions(g, input.partition.values, { ...(p.rings ?? {}), seed: input.seed });
      return {
        partition: input.partition.key,
        payload: { rings: res.rings, inputFingerprint: res.inputFingerprint },
        timingsMs: res.timingsMs,
        counts: res.counts,
      };
    },
    merge: (g, input) => run(g, input, input.parts),
    runWhole: (g, input) => run(g, input, null),
  };
}
