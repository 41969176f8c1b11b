// Job payloads as zod schemas: a job whose data does not parse fails for good with the field named.
import { UnrecoverableError } from 'bullmq';
import { z } from 'zod';

const params = z.record(z.string(), z.unknown());

export const IngestPayload = z.object({
  /** Files (or folders) to load; relative paths are read from the shared uploads folder. */
  paths: z.array(z.string().min(1)).min(1, '至少一个文件 (at least one file)'),
  /** Import kind (`bids`, `企业`...) when not given by the file name. */
  kind: z.string().min(1).optional(),
  /** The API's upload id, echoed in the result. */
  uploadId: z.string().min(1).max(200).optional(),
  requestedBy: z.string().max(200).optional(),
});
export type IngestPayload = z.infer<typeof IngestPayload>;

export const DetectPayload = z.object({
  trigger: z.enum(['manual', 'cli', 'api', 'nightly']).default('manual'),
  /** Seed of every random choice in the run; the configured seed when absent. */
  seed: z.number().int().optional(),
  /** Detection parameters passed to detect/ (thresholds, rule selection...). */
  params: params.default({}),
  partitionBy: z.enum(['region', 'none']).optional(),
  requestedBy: z.string().max(200).optional(),
});
export type DetectPayload = z.input<typeof DetectPayload>;
export type DetectRequest = z.output<typeof DetectPayload>;

/** Progress of a run's parent job between its steps, kept in the job's data. */
export const RunState = z.object({
  step: z.enum(['plan', 'merge']).default('plan'),
  startedAt: z.string().optional(),
  parts: z.number().int().nonnegative().optional(),
});
export type RunState = z.infer<typeof RunState>;

export const Partition = z.object({
  /** Stable key of the partition, e.g. `rings:杭州`, `rule:split-payments` or `all`. */
  key: z.string().min(1),
  /** What the engine does for it (`rings`, `rule`, ...); opaque to the queue. */
  kind: z.string().min(1),
  /** The regions, rule ids or other values this partition covers. */
  values: z.array(z.string()),
});
export type Partition = z.infer<typeof Partition>;

export const PartPayload = z.object({
  runId: z.string().min(1),
  seed: z.number().int(),
  params,
  partition: Partition,
});
export type PartPayload = z.infer<typeof PartPayload>;

/** Parses a job's data; a mismatch is bad input, so the job fails at once without retries. */
export function parsePayload<S extends z.ZodType>(schema: S, data: unknown, what: string): z.output<S> {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue.path.join('.') || '(root)';
  throw new UnrecoverableError(
    `任务数据无效：${what} 的字段 ${field}：${issue.message} (invalid job data: ${what} field ${field}: ${issue.message})`,
  );
}
