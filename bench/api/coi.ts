// Benchmark (not a test) of the conflict-of-interest endpoint: a 50/50 mix of related and unrelated pairs,
// one pair per request. The endpoint's Cypher run directly through the graph port (closed loops, then an
// even 300 req/s) and the endpoint itself (autocannon with the same concurrency, then an even 300 req/s
// from an open-loop client), in interleaved rounds; prints median req/s, p50, p99 and the API/direct
// ratios; writes bench/out/api-coi.json.
// Usage: MINGJING_HOME=… NEO4J_BOLT_PORT=… npx tsx bench/api/coi.ts [--duration 10] [--rounds 3] [--connections 8]
//        [--rate 300] [--pairs 400]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { API_DRIVER_TUNING } from '../../api/main';
import { resolveApiOptions } from '../../api/options';
import { withHops } from '../../api/services/hops';
import { config, ROOT } from '../../core/config';
import { cypher } from '../../graph/cypher';
import { Neo4jGraph } from '../../graph/port';
import { cannon, httpFire, paced, pct, startServer } from './load';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const DURATION = arg('duration', 10);
const ROUNDS = arg('rounds', 3);
const CONNECTIONS = arg('connections', 8);
const RATE = arg('rate', 300);
const PAIRS = arg('pairs', 400);

interface Pair {
  a: string;
  b: string;
}

function shuffle<T>(xs: T[], seed = 7): T[] {
  let s = seed;
  const r = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

async function samplePairs(g: Neo4jGraph): Promise<{ related: Pair[]; unrelated: Pair[] }> {
  const related = shuffle(
    await g.read<Pair & Record<string, unknown>>(cypher('api-bench-related-pairs'), { n: PAIRS }),
  ).slice(0, PAIRS / 2);
  const parties = await g.read<{ label: string; key: string }>(cypher('api-bench-parties'), {
    n: PAIRS,
    skip: 17,
  });
  const persons = shuffle(parties.filter((p) => p.label === 'Person').map((p) => p.key));
  const companies = shuffle(
    parties.filter((p) => p.label === 'Company').map((p) => p.key),
    11,
  );
  const unrelated = persons.slice(0, PAIRS / 2).map((a, i) => ({ a, b: companies[i % companies.length] }));
  return { related, unrelated };
}

/** The endpoint's statement with the endpoint's parameters, called the way the endpoint calls it. */
function directQuery(g: Neo4jGraph, pairs: Pair[]) {
  const o = resolveApiOptions(config().home, ROOT).coi;
  const stmt = withHops(cypher('api-check-conflicts'), '*..4]', o.maxHops);
  let i = 0;
  return async (): Promise<boolean> => {
    const p = pairs[i++ % pairs.length];
    const rows = await g.readAuto<{ paths: unknown[] }>(stmt, {
      pairs: [{ ...p, i: 0 }],
      maxIdentifierDegree: o.maxIdentifierDegree,
      asOf: null,
      maxCandidates: Math.max(20, o.maxPaths * 4),
    });
    return rows[0]?.paths.length > 0;
  };
}

/** The endpoint's Cypher run straight through the graph port by `connections` closed loops. */
async function direct(g: Neo4jGraph, pairs: Pair[], seconds: number) {
  const q = directQuery(g, pairs);
  const lat: number[] = [];
  let connected = 0;
  const end = Date.now() + seconds * 1000;
  const loop = async () => {
    while (Date.now() < end) {
      const t0 = performance.now();
      if (await q()) connected++;
      lat.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, loop));
  lat.sort((a, b) => a - b);
  return {
    rps: lat.length / seconds,
    p50: pct(lat, 50),
    p99: pct(lat, 99),
    mean: lat.reduce((s, x) => s + x, 0) / lat.length,
    n: lat.length,
    connected,
  };
}

const row = (name: string, r: { rps: number; p50: number; p99: number }) =>
  `${name.padEnd(34)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(6)} ms`;

type Stats = { rps: number; p50: number; p99: number; mean: number };
type Phase = 'direct' | 'api';
const ratioOf = (api: Stats, d: Stats) => ({
  p50: api.p50 / d.p50,
  p99: api.p99 / d.p99,
  mean: api.mean / d.mean,
  throughput: d.rps / api.rps,
});
const fmtRatio = (r: ReturnType<typeof ratioOf>) =>
  `p50 ${r.p50.toFixed(2)}×, p99 ${r.p99.toFixed(2)}×, mean ${r.mean.toFixed(2)}×, throughput direct/API ${r.throughput.toFixed(2)}×`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Per field, the median over rounds. */
function med(runs: Stats[]): Stats {
  return {
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    mean: median(runs.map((r) => r.mean)),
  };
}

interface Drivers {
  saturated: Record<Phase, () => Promise<Stats>>;
  fixed: Record<Phase, () => Promise<Stats>>;
}

function drivers(g: Neo4jGraph, pairs: Pair[], port: number, key: string, bodies: string[]): Drivers {
  const q = directQuery(g, pairs);
  const directFire = () => q().then(() => true);
  const apiFire = httpFire(port, key, bodies);
  const url = `http://127.0.0.1:${port}`;
  return {
    saturated: {
      direct: () => direct(g, pairs, DURATION),
      api: async () => {
        const r = await cannon(url, key, bodies, DURATION, CONNECTIONS);
        if (r.errors + r.non2xx) throw new Error(`API errors: ${r.errors + r.non2xx}`);
        return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, mean: r.latency.mean };
      },
    },
    fixed: { direct: () => paced(directFire, RATE, DURATION), api: () => paced(apiFire, RATE, DURATION) },
  };
}

/** ROUNDS interleaved rounds (direct and API alternate, so drifting machine load hits both alike). */
async function measure(d: Drivers) {
  const runs = {
    saturated: { direct: [] as Stats[], api: [] as Stats[] },
    fixed: { direct: [] as Stats[], api: [] as Stats[] },
  };
  for (const phase of ['direct', 'api'] as Phase[]) {
    await d.saturated[phase]();
    await d.fixed[phase]();
  }
  for (let r = 0; r < ROUNDS; r++) {
    const order: Phase[] = r % 2 ? ['api', 'direct'] : ['direct', 'api'];
    for (const kind of ['saturated', 'fixed'] as const)
      for (const phase of order) runs[kind][phase].push(await d[kind][phase]());
  }
  return runs;
}

async function main(): Promise<void> {
  const g = new Neo4jGraph(config().neo4j, API_DRIVER_TUNING);
  const counts = (await g.read(cypher('api-bench-parties'), { n: 1, skip: 0 })).length;
  if (!counts) throw new Error('no persons or companies in the graph: generate and ingest a world first');
  const { related, unrelated } = await samplePairs(g);
  const pairs = shuffle([...related, ...unrelated], 3);
  const bodies = pairs.map((p) => JSON.stringify({ pairs: [p] }));
  const connected = await direct(g, pairs, 2);
  console.log(
    `pairs: ${related.length} related + ${unrelated.length} unrelated (${((100 * connected.connected) / connected.n).toFixed(0)} % connected); ` +
      `${CONNECTIONS} connections saturated, ${RATE} req/s fixed; ${ROUNDS} interleaved rounds of ${DURATION} s, medians`,
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-bench-api-'));
  const server = await startServer(dir);
  try {
    const runs = await measure(drivers(g, pairs, server.port, server.key, bodies));
    const m = {
      saturated: { direct: med(runs.saturated.direct), api: med(runs.saturated.api) },
      fixed: { direct: med(runs.fixed.direct), api: med(runs.fixed.api) },
    };
    const sat = ratioOf(m.saturated.api, m.saturated.direct);
    const fixed = ratioOf(m.fixed.api, m.fixed.direct);
    console.log(row('direct Cypher, saturated', m.saturated.direct));
    console.log(row('API, saturated', m.saturated.api));
    console.log(row(`direct Cypher, ${RATE} req/s`, m.fixed.direct));
    console.log(row(`API, ${RATE} req/s`, m.fixed.api));
    console.log(`ratio API/direct, saturated:  ${fmtRatio(sat)}`);
    console.log(
      `ratio API/direct, ${RATE} req/s: ${fmtRatio(fixed)}; added p50 ${(m.fixed.api.p50 - m.fixed.direct.p50).toFixed(1)} ms`,
    );
    console.log(
      `targets: ≥ 300 req/s ${m.saturated.api.rps >= 300 ? '✓' : '✗'}; p99 ≤ 50 ms at ${RATE} req/s ${m.fixed.api.p99 <= 50 ? '✓' : '✗'}; ` +
        `API ≤ 1.2× direct (saturated mean latency) ${sat.mean <= 1.2 ? '✓' : '✗'}`,
    );
    const out = path.join(ROOT, 'bench', 'out');
    fs.mkdirSync(out, { recursive: true });
    const graphSize = (await g.read(cypher('api-bench-count')))[0];
    const result = {
      at: new Date().toISOString(),
      cpus: os.cpus().length,
      load: os.loadavg(),
      graph: graphSize,
      connections: CONNECTIONS,
      duration: DURATION,
      rate: RATE,
      rounds: ROUNDS,
      medians: m,
      ratio: { saturated: sat, fixed },
      runs,
    };
    fs.writeFileSync(path.join(out, 'api-coi.json'), JSON.stringify(result, null, 2) + '\n');
  } finally {
    server.child.kill('SIGTERM');
    await g.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
