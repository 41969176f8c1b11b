// Benchmark (not a test) of the conflict-of-interest endpoint: a 50/50 mix of related and unrelated pairs,
// one pair per request. Phases at the same concurrency: the endpoint's Cypher run directly through the
// graph port, the endpoint at saturation (autocannon), the endpoint at a fixed 300 req/s. Prints req/s,
// p50, p99 and the API/direct latency ratios; writes bench/out/api-coi.json.
// Usage: MINGJING_HOME=… NEO4J_BOLT_PORT=… npx tsx bench/api/coi.ts [--duration 20] [--connections 8] [--rate 300]
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { API_DRIVER_TUNING } from '../../api/main';
import { resolveApiOptions } from '../../api/options';
import { withHops } from '../../api/services/hops';
import { config, ROOT } from '../../core/config';
import { cypher } from '../../graph/cypher';
import { Neo4jGraph } from '../../graph/port';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const DURATION = arg('duration', 20);
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

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** The endpoint's statement and parameters, run straight through the graph port by `connections` loops. */
async function direct(g: Neo4jGraph, pairs: Pair[], seconds: number) {
  const o = resolveApiOptions(config().home, ROOT).coi;
  const stmt = withHops(cypher('api-check-conflicts'), '*..4]', o.maxHops);
  const lat: number[] = [];
  let connected = 0;
  let i = 0;
  const end = Date.now() + seconds * 1000;
  const loop = async () => {
    while (Date.now() < end) {
      const p = pairs[i++ % pairs.length];
      const t0 = performance.now();
      const rows = await g.read<{ paths: unknown[] }>(stmt, {
        pairs: [{ ...p, i: 0 }],
        maxIdentifierDegree: o.maxIdentifierDegree,
        asOf: null,
        maxCandidates: Math.max(20, o.maxPaths * 4),
      });
      lat.push(performance.now() - t0);
      if (rows[0]?.paths.length) connected++;
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

function startServer(dir: string): Promise<{ child: ChildProcess; port: number; key: string }> {
  const child = spawn(
    process.execPath,
    ['--require', 'tsx/cjs', path.join(ROOT, 'bench/api/server.ts'), dir],
    {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'info' },
      stdio: ['ignore', fs.openSync(path.join(dir, 'server.log'), 'w'), 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      const m = /ready (\d+) (\S+)/.exec(String(d));
      if (m) resolve({ child, port: Number(m[1]), key: m[2] });
    });
    child.once('exit', (c) => reject(new Error(`bench server exited ${c}`)));
  });
}

function cannon(url: string, key: string, bodies: string[], seconds: number, rate?: number) {
  let i = 0;
  return autocannon({
    url: `${url}/api/v1/conflicts/check`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    ...(rate ? { overallRate: rate } : {}),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    requests: [{ setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length] }) }],
  });
}

const row = (name: string, r: { rps: number; p50: number; p99: number }) =>
  `${name.padEnd(34)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(6)} ms`;

async function main(): Promise<void> {
  const g = new Neo4jGraph(config().neo4j, API_DRIVER_TUNING);
  const counts = (await g.read(cypher('api-bench-parties'), { n: 1, skip: 0 })).length;
  if (!counts) throw new Error('no persons or companies in the graph: generate and ingest a world first');
  const { related, unrelated } = await samplePairs(g);
  const pairs = shuffle([...related, ...unrelated], 3);
  const bodies = pairs.map((p) => JSON.stringify({ pairs: [p] }));
  console.log(
    `pairs: ${related.length} related + ${unrelated.length} unrelated; ${CONNECTIONS} connections; ${DURATION} s per phase`,
  );
  await direct(g, pairs, 3);
  const d = await direct(g, pairs, DURATION);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-bench-api-'));
  const server = await startServer(dir);
  const url = `http://127.0.0.1:${server.port}`;
  try {
    await cannon(url, server.key, bodies, 5);
    const sat = await cannon(url, server.key, bodies, DURATION);
    const fixed = await cannon(url, server.key, bodies, DURATION, RATE);
    const api = {
      rps: sat.requests.average,
      p50: sat.latency.p50,
      p99: sat.latency.p99,
      mean: sat.latency.mean,
      errors: sat.errors + sat.non2xx,
    };
    const at = {
      rps: fixed.requests.average,
      p50: fixed.latency.p50,
      p99: fixed.latency.p99,
      mean: fixed.latency.mean,
      errors: fixed.errors + fixed.non2xx,
    };
    const ratio = {
      p50: api.p50 / d.p50,
      p99: api.p99 / d.p99,
      mean: api.mean / d.mean,
      throughput: d.rps / api.rps,
    };
    console.log(
      row('direct Cypher (graph port)', d),
      `  connected ${((100 * d.connected) / d.n).toFixed(0)} %`,
    );
    console.log(row('API, saturated', api), `  errors ${api.errors}`);
    console.log(row(`API, fixed ${RATE} req/s`, at), `  errors ${at.errors}`);
    console.log(
      `ratio API/direct: p50 ${ratio.p50.toFixed(2)}×, p99 ${ratio.p99.toFixed(2)}×, mean ${ratio.mean.toFixed(2)}×, throughput direct/API ${ratio.throughput.toFixed(2)}×`,
    );
    console.log(
      `targets: ≥ 300 req/s ${api.rps >= 300 ? '✓' : '✗'}; p99 ≤ 50 ms at ${RATE} req/s ${at.p99 <= 50 ? '✓' : '✗'}; API ≤ 1.2× direct (mean) ${ratio.mean <= 1.2 ? '✓' : '✗'}`,
    );
    const out = path.join(ROOT, 'bench', 'out');
    fs.mkdirSync(out, { recursive: true });
    const nodes = await g.read(cypher('api-bench-count'));
    fs.writeFileSync(
      path.join(out, 'api-coi.json'),
      JSON.stringify(
        {
          at: new Date().toISOString(),
          cpus: os.cpus().length,
          graph: nodes[0],
          connections: CONNECTIONS,
          duration: DURATION,
          direct: d,
          api,
          fixed: at,
          ratio,
        },
        null,
        2,
      ) + '\n',
    );
  } finally {
    server.child.kill('SIGTERM');
    await g.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
