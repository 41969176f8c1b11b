// A small real engine for queue tests: partitions by company region, counts per region, MERGEs a Run node.
import { InputError } from '../../../core/errors';
import { inline } from '../../../graph/cypher';
import type { GraphPort } from '../../../graph/port';
import type { DetectionEngine, PartResult, RunInput, RunSummary } from '../../../jobs/engine';
import type { Partition, PartPayload } from '../../../jobs/payloads';
import { sleep } from './helpers';

const REGIONS = inline('t-regions', 'MATCH (c:Company) RETURN DISTINCT c.region AS region ORDER BY region');
const COUNT = inline('t-count', 'MATCH (c:Company) WHERE c.region IN $regions RETURN count(c) AS n');
const SAVE = inline(
  't-save-run',
  'MERGE (r:Run {run_id: $runId}) SET r.started_at = $startedAt, r.finished_at = $finishedAt, r.companies = $n',
);

const empty = { new: [], recurring: [], changed: [], gone: [] };

async function save(g: GraphPort, input: RunInput, n: number, parts: string[]): Promise<RunSummary> {
  const delay = Number(input.params.mergeDelayMs ?? 0);
  if (delay) await sleep(delay);
  const finishedAt = new Date().toISOString();
  await g.write(SAVE, { runId: input.runId, startedAt: input.startedAt, finishedAt, n });
  const zero = { new: 0, recurring: 0, changed: 0, gone: 0 };
  return {
    run: {
      runId: input.runId,
      startedAt: input.startedAt,
      finishedAt,
      seed: input.seed,
      params: input.params,
      versions: {},
      inputFingerprint: String(n),
      timingsMs: {},
      counts: { companies: n },
    },
    previousRunId: null,
    diff: { rings: empty, alerts: empty },
    diffCounts: { rings: zero, alerts: zero },
    partitions: parts,
  };
}

export function tallyEngine(calls: string[] = []): DetectionEngine {
  return {
    async partitions(g, by): Promise<Partition[]> {
      if (by === 'none') return [{ key: 'all', kind: 'all', values: [] }];
      const rows = await g.read<{ region: string }>(REGIONS);
      return rows.map((r) => ({ key: `region:${r.region}`, kind: 'region', values: [r.region] }));
    },
    async runPartition(g, input: PartPayload): Promise<PartResult> {
      calls.push(`part ${input.partition.key}`);
      if (input.params.failPart === input.partition.key) {
        throw new InputError(
          'test.bad-part',
          `分区 ${input.partition.key} 数据有误`,
          `partition data is wrong`,
        );
      }
      const delay = Number(input.params.partDelayMs ?? 0);
      if (delay) await sleep(delay);
      const [row] = await g.read<{ n: number }>(COUNT, { regions: input.partition.values });
      return { partition: input.partition.key, payload: row.n, timingsMs: {}, counts: { companies: row.n } };
    },
    async merge(g, input): Promise<RunSummary> {
      calls.push(`merge ${input.runId}`);
      const n = input.parts.reduce((s, p) => s + Number(p.payload), 0);
      return save(
        g,
        input,
        n,
        input.parts.map((p) => p.partition),
      );
    },
    async runWhole(g, input): Promise<RunSummary> {
      calls.push(`whole ${input.runId}`);
      const [row] = await g.read<{ n: number }>(inline('t-all', 'MATCH (c:Company) RETURN count(c) AS n'));
      return save(g, input, row.n, ['all']);
    },
  };
}
