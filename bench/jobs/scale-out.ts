// Scale-out bench: one detection run (rings) in one piece, split by region on one worker, and split on
// two worker processes; wall time from enqueue to completion, median of N interleaved rounds after a warm-up.
// Usage: NEO4J_BOLT_PORT=… npx tsx bench/jobs/scale-out.ts [--regions 8] [--tenders 600] [--runs 3] [--no-load]
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ROOT, resolveConfig } from '../../core/config';
import { inline } from '../../graph/cypher';
import { Neo4jGraph } from '../../graph/port';
import { applySchema } from '../../graph/schema';
import { openJobQueue } from '../../jobs/queue';
import type { RunSummary } from '../../jobs/engine';
import { buildRingWorld, loadWorld } from '../../test/integration/jobs/ring-world';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const REGIONS = arg('regions', 8);
const RUNS = arg('runs', 3);
const TENDERS = arg('tenders', 600);
const tag = randomBytes(3).toString('hex');
/** One worker listens on ONE, two on TWO; idle workers block on Redis and cost no CPU. */
const ONE = `mjbench-1-${tag}`;
const TWO = `mjbench-2-${tag}`;

function startWorker(prefix: string): Promise<ChildProcess> {
  const p = spawn(
    process.execPath,
    [path.join(ROOT, 'bin/mingjing.cjs'), 'worker', '--prefix', prefix, '--no-nightly'],
    {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    p.stdout!.on('data', (d) => /worker ready/.test(String(d)) && resolve(p));
    p.once('exit', (c) => reject(new Error(`worker exited ${c}`)));
  });
}

async function stop(ps: ChildProcess[]): Promise<void> {
  await Promise.all(ps.map((p) => new Promise((r) => (p.once('exit', r), p.kill('SIGTERM')))));
}

interface Timed {
  ms: number;
  rings: number;
  ids: string[];
}

async function timeRun(prefix: string, partitionBy: 'region' | 'none'): Promise<Timed> {
  const q = openJobQueue({ prefix });
  try {
    const t0 = performance.now();
    const ref = await q.enqueueDetection({ params: { only: 'rings' }, partitionBy, seed: 20241 });
    const s = await q.wait(ref.id, 600_000, 25);
    if (s.state !== 'completed') throw new Error(`run failed: ${s.failedReason}`);
    const r = s.result as RunSummary;
    const d = r.diff.rings;
    const ids = [...d.new, ...d.recurring, ...d.changed].sort();
    return { ms: performance.now() - t0, rings: Number(r.run.counts.rings ?? 0), ids };
  } finally {
    await q.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const CONFIGS = [
  { label: 'whole run, 1 worker', prefix: ONE, by: 'none' as const },
  { label: 'split by region, 1 worker', prefix: ONE, by: 'region' as const },
  { label: 'split by region, 2 worker processes', prefix: TWO, by: 'region' as const },
];

/** Rounds of all three configurations in turn (after a warm-up round), so load drift hits them alike. */
async function measure(): Promise<{ ms: number; ids: string[] }[]> {
  const ps = [await startWorker(ONE), await startWorker(TWO), await startWorker(TWO)];
  try {
    for (const c of CONFIGS) await timeRun(c.prefix, c.by); // warm-up: JIT, page cache
    const times: number[][] = CONFIGS.map(() => []);
    const last: Timed[] = [];
    for (let i = 0; i < RUNS; i++) {
      for (const [k, c] of CONFIGS.entries()) {
        last[k] = await timeRun(c.prefix, c.by);
        times[k].push(last[k].ms);
      }
    }
    return CONFIGS.map((c, k) => {
      const runs = times[k].map((t) => (t / 1000).toFixed(2)).join(' ');
      console.log(
        `${c.label.padEnd(36)} median ${(median(times[k]) / 1000).toFixed(2)} s  runs ${runs}  rings ${last[k].rings}`,
      );
      return { ms: median(times[k]), ids: last[k].ids };
    });
  } finally {
    await stop(ps);
  }
}

async function main() {
  const g = new Neo4jGraph(resolveConfig().neo4j);
  if (!process.argv.includes('--no-load')) {
    const wipe = inline('bench-reset', 'MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n');
    while (Number((await g.write(wipe))[0]?.n ?? 0) > 0);
    await applySchema(g);
    const rows = buildRingWorld({
      regions: REGIONS,
      honestFirms: 150,
      honestTenders: TENDERS,
      ringsPerRegion: 4,
    });
    await loadWorld(g, rows);
    console.log(
      `world: ${REGIONS} regions, ${rows.length} tenders, ${rows.reduce((a, r) => a + r.bids.length, 0)} bids`,
    );
  }
  await g.close();
  const [whole, split1, split2] = await measure();
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  console.log(
    `same rings: split = whole ${same(whole.ids, split2.ids)}; 1 worker = 2 workers ${same(split1.ids, split2.ids)}`,
  );
  console.log(
    `speed-up of 2 workers over 1 (split): ${(split1.ms / split2.ms).toFixed(2)}×; ` +
      `over the whole run: ${(whole.ms / split2.ms).toFixed(2)}×`,
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
