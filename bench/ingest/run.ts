// Ingest benchmark (not a test): loads a world with N bid rows, then Neo4j's own LOAD CSV runs the same MERGE statements.
// Usage: npx tsx bench/ingest/run.ts [--bids 1000000] [--batch 2000] [--no-loadcsv] [--regen]
//        npx tsx bench/ingest/run.ts --world <dir>   (a `mingjing generate` world: ingest timings only)
// LOAD CSV needs NEO4J_IMPORT_DIR (the server's import folder): the world is written there so both read the same files.
import fs from 'node:fs';
import path from 'node:path';
import { int } from 'neo4j-driver';
import { config, ROOT } from '../../core/config';
import { cypher } from '../../graph/cypher';
import { closeGraph, graph } from '../../graph/port';
import { applySchema } from '../../graph/schema';
import { ingestPaths } from '../../ingest';
import { KIND_NAMES, type KindName } from '../../model';
import { writeWorld } from './gen';

interface Args {
  world?: string;
  bids: number;
  batch: number;
  loadcsv: boolean;
  regen: boolean;
}

function args(argv: string[]): Args {
  const a: Args = { bids: 1_000_000, batch: 2000, loadcsv: true, regen: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--bids') a.bids = Number(argv[++i]);
    else if (argv[i] === '--batch') a.batch = Number(argv[++i]);
    else if (argv[i] === '--no-loadcsv') a.loadcsv = false;
    else if (argv[i] === '--regen') a.regen = true;
    else if (argv[i] === '--world') a.world = argv[++i];
  }
  return a;
}

/** Bench-only: CALL … IN TRANSACTIONS needs an auto-commit transaction, which the port deliberately does not offer. */
async function autoCommit(text: string, params: Record<string, unknown> = {}): Promise<void> {
  const session = graph().driver.session();
  try {
    await session.run(text, params);
  } finally {
    await session.close();
  }
}

/** Empties the graph: relationships first, so no transaction holds a dense node's whole neighbourhood. */
async function reset(): Promise<void> {
  await autoCommit('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS');
  await autoCommit('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS');
}

async function totals(): Promise<{ nodes: number; rels: number }> {
  const [n] = await graph().read(cypher('ingest-count-graph'));
  return { nodes: Number(n.nodes), rels: Number(n.rels) };
}

/** The LOAD CSV form of cypher/merge-<kind>.cypher: the bench prelude builds `row` from the CSV line. */
function loadCsvStatement(kind: KindName): string {
  const strip = (t: string) =>
    t
      .split('\n')
      .filter((l) => !l.trim().startsWith('//') && !/^UNWIND \$rows AS row$/.test(l.trim()))
      .join('\n');
  const prelude = strip(fs.readFileSync(path.join(__dirname, 'loadcsv', `${kind}.cypher`), 'utf8'));
  const body = strip(cypher(`merge-${kind}`).text);
  return `LOAD CSV WITH HEADERS FROM $url AS line\nCALL (line) {\n${prelude}\n${body}\n} IN TRANSACTIONS OF $batch ROWS\nRETURN sum(created) AS created`;
}

async function timeEach(label: string, run: (k: KindName) => Promise<void>): Promise<Record<string, number>> {
  const ms: Record<string, number> = {};
  for (const k of KIND_NAMES) {
    const t = Date.now();
    await run(k);
    ms[k] = Date.now() - t;
    console.log(`  ${label} ${k}: ${ms[k]} ms`);
  }
  return ms;
}

/** Times `ingestPaths` on a whole generated world (Chinese headers, so no LOAD CSV twin). */
async function worldOnly(a: Args): Promise<void> {
  const g = graph();
  await reset();
  const t = Date.now();
  const out = await ingestPaths(g, [a.world!], { batchSize: a.batch });
  for (const s of out) {
    const rate = Math.round(s.read / Math.max(s.ms / 1000, 0.001));
    console.log(
      `${s.file.padEnd(20)} ${String(s.read).padStart(9)} rows ${String(rate).padStart(7)} rows/s  rejected ${s.rejected}${s.error ? `  ${s.error.en}` : ''}`,
    );
  }
  console.log(
    `whole world ${((Date.now() - t) / 1000).toFixed(1)} s; graph ${JSON.stringify(await totals())}`,
  );
  console.log(`Node peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB; batch ${a.batch}`);
  await closeGraph();
}

async function main(): Promise<void> {
  const a = args(process.argv.slice(2));
  if (a.world) return worldOnly(a);
  const importDir = config().neo4j.importDir;
  const loadcsv = a.loadcsv && importDir !== undefined;
  if (a.loadcsv && !loadcsv)
    console.log('NEO4J_IMPORT_DIR 未设置：跳过 LOAD CSV 对比 (no import dir: skipping LOAD CSV)');
  const dir = path.join(importDir ?? path.join(ROOT, 'bench', 'out'), 'bench-ingest');
  const countsFile = path.join(dir, 'counts.json');
  if (
    a.regen ||
    !fs.existsSync(countsFile) ||
    JSON.parse(fs.readFileSync(countsFile, 'utf8')).bids !== a.bids
  ) {
    console.log(`generating ${a.bids} bids in ${dir}`);
    fs.writeFileSync(countsFile, JSON.stringify(writeWorld(dir, { bids: a.bids })));
  }
  const rows: Record<string, number> = JSON.parse(fs.readFileSync(countsFile, 'utf8'));
  const g = graph();
  await reset();
  await applySchema(g);
  const started = Date.now();
  const ours = await timeEach('ingest', async (k) => {
    const [s] = await ingestPaths(g, [path.join(dir, `${k}.csv`)], { batchSize: a.batch, schema: false });
    if (s.error || s.loaded !== rows[k]) throw new Error(`${k}: ${JSON.stringify(s)}`);
  });
  const oursTotal = Date.now() - started;
  const oursGraph = await totals();
  const rssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
  let theirs: Record<string, number> | undefined;
  let theirGraph: { nodes: number; rels: number } | undefined;
  if (loadcsv) {
    await reset();
    theirs = await timeEach('LOAD CSV', (k) =>
      autoCommit(loadCsvStatement(k), { url: `file:///bench-ingest/${k}.csv`, batch: int(a.batch) }),
    );
    theirGraph = await totals();
  }
  report({ a, rows, ours, oursTotal, oursGraph, rssMiB, theirs, theirGraph });
  await closeGraph();
}

function report(r: {
  a: Args;
  rows: Record<string, number>;
  ours: Record<string, number>;
  oursTotal: number;
  oursGraph: { nodes: number; rels: number };
  rssMiB: number;
  theirs?: Record<string, number>;
  theirGraph?: { nodes: number; rels: number };
}): void {
  const rate = (k: string, ms: number) => Math.round(r.rows[k] / (ms / 1000));
  console.log('\nkind            rows      ingest rows/s   LOAD CSV rows/s   ratio');
  for (const k of KIND_NAMES) {
    const o = rate(k, r.ours[k]);
    const t = r.theirs ? rate(k, r.theirs[k]) : NaN;
    const ratio = r.theirs ? (r.theirs[k] / r.ours[k]).toFixed(2) : '-';
    console.log(
      `${k.padEnd(14)} ${String(r.rows[k]).padStart(8)} ${String(o).padStart(14)} ${String(t).padStart(17)}   ${ratio}`,
    );
  }
  const sum = (m: Record<string, number>) => Object.values(m).reduce((x, y) => x + y, 0);
  console.log(
    `\nbids ${r.rows.bids} rows: ingest ${(r.ours.bids / 1000).toFixed(1)} s; whole world ${(r.oursTotal / 1000).toFixed(1)} s`,
  );
  if (r.theirs)
    console.log(
      `whole world LOAD CSV ${(sum(r.theirs) / 1000).toFixed(1)} s; ratio ${(sum(r.theirs) / sum(r.ours)).toFixed(2)}`,
    );
  console.log(
    `graph after ingest ${JSON.stringify(r.oursGraph)}; after LOAD CSV ${JSON.stringify(r.theirGraph ?? null)}`,
  );
  console.log(`Node peak RSS ${r.rssMiB} MiB; batch ${r.a.batch}`);
  const out = path.join(
    ROOT,
    'bench',
    'out',
    `ingest-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  );
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(r, null, 2));
  console.log(`→ ${path.relative(ROOT, out)}`);
}

main().catch(async (e) => {
  console.error(e);
  process.exitCode = 1;
  await closeGraph();
});
