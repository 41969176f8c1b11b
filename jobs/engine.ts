// The small interface the queue needs from detection: split a run, work one part, merge and store.
import type { RunRecord } from '../detect/types';
import type { GraphPort } from '../graph/port';
import type { PartitionBy } from './settings';
import type { Partition, PartPayload } from './payloads';

export interface DiffCounts {
  new: number;
  recurring: number;
  changed: number;
  gone: number;
}

/** Ids per diff class (rings or alerts), so an investigator can open what changed. */
export interface DiffIds {
  new: string[];
  recurring: string[];
  changed: string[];
  gone: string[];
}

/** A finished run as stored on the Run node and returned as the job's result. */
export interface RunSummary {
  run: RunRecord;
  /** Id of the run this one was compared with, if any. */
  previousRunId: string | null;
  diff: { rings: DiffIds; alerts: DiffIds };
  diffCounts: { rings: DiffCounts; alerts: DiffCounts };
  /** Partition keys the run was split into (`all` when it ran in one piece). */
  partitions: string[];
}

/** One partition's findings: JSON, handed from the child job to the merge step through Redis. */
export interface PartResult {
  partition: string;
  /** Opaque to the queue; the engine's merge step reads it. */
  payload: unknown;
  timingsMs: Record<string, number>;
  counts: Record<string, number>;
}

export interface RunInput {
  runId: string;
  seed: number;
  params: Record<string, unknown>;
  trigger: string;
  startedAt: string;
}

export interface DetectionEngine {
  /** The parts a run splits into; one part means the run is not split. */
  partitions(g: GraphPort, by: PartitionBy, params: Record<string, unknown>): Promise<Partition[]>;
  /** Read-only work for one partition (ring scoring, rules for a region). */
  runPartition(g: GraphPort, input: PartPayload): Promise<PartResult>;
  /** Dedupes the parts, stores rings and alerts (MERGE by stable id) and diffs against the previous run. */
  merge(g: GraphPort, input: RunInput & { parts: PartResult[] }): Promise<RunSummary>;
  /** The whole run in one step. Idempotent by run id, like merge. */
  runWhole(g: GraphPort, input: RunInput): Promise<RunSummary>;
}

/** Ingest as the queue sees it: files in, a JSON-able report out, progress along the way. */
export type IngestFn = (
  g: GraphPort,
  paths: string[],
  opts: { kind?: string; onProgress?: (p: unknown) => void },
) => Promise<unknown>;
