// Louvain benchmark: graphology-communities-louvain vs python-igraph community_multilevel vs networkx
// louvain_communities on the same weighted co-bid graph; time and modularity reported as ratios to
// igraph, modularity of all three computed by one independent formula (detect/rings/modularity.ts).
// Run: npx tsx bench/louvain/run.ts [--scale small|medium|large] [--from-neo4j] [--seed N] [--no-networkx]
//      [--min-pair-count K] (default: detection's DEFAULTS.minPairCount; 1 = every pair that ever met)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import louvain from 'graphology-communities-louvain';
import { ROOT } from '../../core/config';
import { buildCoBidGraph, DEFAULTS, modularity, type TenderRow } from '../../detect/rings';
import type { CoBidGraph } from '../../detect/rings/types';
import { readTenders } from '../../detect/rings/read';
import { mulberry32 } from '../../detect/rng';
import { graph as neo4jGraph, closeGraph } from '../../graph/port';
import { SCALES, syntheticTenders } from './synthetic';

const OUT = path.join(ROOT, 'bench', 'out');
const VENV = path.join(OUT, 'venv');
const PY = path.join(VENV, 'bin', 'python');

function ensureVenv(): void {
  if (fs.existsSync(PY)) return;
  console.log('创建 Python 虚拟环境并安装 python-igraph、networkx (creating venv) …');
  execFileSync('python3', ['-m', 'venv', VENV], { stdio: 'inherit' });
  execFileSync(PY, ['-m', 'pip', 'install', '-q', 'python-igraph', 'networkx'], { stdio: 'inherit' });
}

async function loadRows(args: { scale: string; fromNeo4j: boolean; seed: number }): Promise<TenderRow[]> {
  if (args.fromNeo4j) {
    try {
      return await readTenders(neo4jGraph(), 5000);
    } finally {
      await closeGraph();
    }
  }
  const size = SCALES[args.scale];
  if (!size) throw new Error(`--scale 应为 ${Object.keys(SCALES).join('|')} (unknown scale ${args.scale})`);
  return syntheticTenders({ ...size, marketSize: 100, ringShare: 0.08, bigFirms: 50, seed: args.seed }).rows;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function readPartition(file: string): number[] {
  return fs.readFileSync(file, 'utf8').split('\n').map(Number);
}

interface Result {
  tool: string;
  seconds: number;
  q: number;
  communities: number;
}
type PyOut = Record<string, { seconds: number[]; communities: number; version: string }>;

/** Writes `i j weight` lines with integer node ids; returns the edges and the node index. */
function exportEdges(graph: CoBidGraph, file: string) {
  const index = new Map(graph.nodes().map((u, i) => [u, i]));
  const lines: string[] = [];
  const edges = graph.mapEdges((_e, a, source, target) => {
    lines.push(`${index.get(source)} ${index.get(target)} ${a.weight}`);
    return { source, target, weight: a.weight };
  });
  fs.writeFileSync(file, lines.join('\n'));
  return { edges, index };
}

function runGraphology(graph: CoBidGraph, seed: number, repeats: number) {
  const times: number[] = [];
  let parts: Record<string, number> = {};
  for (let r = 0; r < repeats; r++) {
    const t = performance.now();
    parts = louvain(graph, { getEdgeWeight: 'weight', rng: mulberry32(seed + r) });
    times.push((performance.now() - t) / 1000);
  }
  return { seconds: median(times), parts };
}

function runPython(args: string[]): PyOut {
  const out = execFileSync(PY, [path.join(__dirname, 'louvain.py'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out) as PyOut;
}

function printTable(results: Result[]): void {
  const ig = results.find((r) => r.tool === 'igraph') as Result;
  console.log('\ntool         time (s)  time/igraph  modularity  Q/Q_igraph  communities');
  for (const r of results) {
    console.log(
      `${r.tool.padEnd(12)} ${r.seconds.toFixed(2).padStart(8)}  ${(r.seconds / ig.seconds).toFixed(2).padStart(11)}  ${r.q.toFixed(5).padStart(10)}  ${(r.q / ig.q).toFixed(4).padStart(10)}  ${String(r.communities).padStart(11)}`,
    );
  }
  const g = results[0];
  console.log(
    `\n目标 targets: time ≤ 2× igraph → ${g.seconds <= 2 * ig.seconds ? '达标 met' : '未达标 NOT met'}; ` +
      `modularity within 1% → ${Math.abs(g.q / ig.q - 1) <= 0.01 || g.q >= ig.q ? '达标 met' : '未达标 NOT met'}`,
  );
}

function parse() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'large' },
      'from-neo4j': { type: 'boolean', default: false },
      seed: { type: 'string', default: '20241' },
      repeats: { type: 'string', default: '3' },
      'no-networkx': { type: 'boolean', default: false },
      'min-pair-count': { type: 'string', default: String(DEFAULTS.minPairCount) },
    },
  });
  const minPairCount = Number(values['min-pair-count']);
  return {
    scale: values.scale,
    fromNeo4j: values['from-neo4j'],
    seed: Number(values.seed),
    repeats: Number(values.repeats),
    networkx: !values['no-networkx'],
    minPairCount,
    label: `${values['from-neo4j'] ? 'neo4j' : values.scale}-min${minPairCount}`,
  };
}

async function main(): Promise<void> {
  const a = parse();
  ensureVenv();
  fs.mkdirSync(OUT, { recursive: true });
  const t = performance.now();
  const rows = await loadRows(a);
  const { graph } = buildCoBidGraph(rows, { minPairCount: a.minPairCount });
  const bids = rows.reduce((n, r) => n + r.bids.length, 0);
  const secs = ((performance.now() - t) / 1000).toFixed(1);
  console.log(
    `co-bid graph (${a.label}): ${rows.length} tenders, ${bids} bids → ${graph.order} companies, ${graph.size} pairs (${secs} s)`,
  );
  const prefix = path.join(OUT, `louvain-${a.label}`);
  const { edges, index } = exportEdges(graph, `${prefix}.edges`);
  const g = runGraphology(graph, a.seed, a.repeats);
  const py = runPython([
    `${prefix}.edges`,
    String(graph.order),
    prefix,
    String(a.seed),
    String(a.repeats),
    a.networkx ? '1' : '0',
  ]);
  const results: Result[] = [
    {
      tool: 'graphology',
      seconds: g.seconds,
      q: modularity(edges, (u) => g.parts[u]),
      communities: new Set(Object.values(g.parts)).size,
    },
  ];
  for (const tool of Object.keys(py)) {
    const p = readPartition(`${prefix}.${tool}`);
    results.push({
      tool,
      seconds: median(py[tool].seconds),
      q: modularity(edges, (u) => p[index.get(u) as number]),
      communities: py[tool].communities,
    });
  }
  printTable(results);
  const versions = Object.fromEntries(Object.entries(py).map(([k, v]) => [k, v.version]));
  const summary = {
    ...a,
    tenders: rows.length,
    bids,
    companies: graph.order,
    pairs: graph.size,
    results,
    versions,
  };
  fs.writeFileSync(`${prefix}.json`, JSON.stringify(summary, null, 2));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
