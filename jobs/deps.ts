// What processors need, passed in once so tests and the worker process wire the same code.
import type { Queue } from 'bullmq';
import type { GraphPort } from '../graph/port';
import type { DetectionEngine, IngestFn } from './engine';
import type { RunLock } from './lock';
import type { JobSettings } from './settings';

export interface WorkerDeps {
  settings: JobSettings;
  graph: GraphPort;
  engine: DetectionEngine;
  ingest: IngestFn;
  lock: RunLock;
  /** Queue that receives a run's partition jobs. */
  partQueue: Queue;
  /** Seed used when a run request names none. */
  defaultSeed: number;
}
