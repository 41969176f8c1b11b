// Testing aid: an engine that pauses before each partition and after each merge has stored its results,
// so a test can kill a worker at a known point (results written, job not yet completed).
import type { DetectionEngine } from './engine';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function withStepDelay(inner: DetectionEngine, ms: number): DetectionEngine {
  if (ms <= 0) return inner;
  return {
    partitions: (g, by, params) => inner.partitions(g, by, params),
    async runPartition(g, input) {
      await sleep(ms);
      return inner.runPartition(g, input);
    },
    async merge(g, input) {
      const out = await inner.merge(g, input);
      await sleep(ms);
      return out;
    },
    async runWhole(g, input) {
      const out = await inner.runWhole(g, input);
      await sleep(ms);
      return out;
    },
  };
}
