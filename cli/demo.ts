// `mingjing demo`: the README's main job — services up, demo world generated (or reused), loaded, detected, served.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { config, refreshConfig, type Config } from '../core/config';
import { inline } from '../graph/cypher';
import { Neo4jGraph } from '../graph/port';
import { runDetection } from '../detect';
import { ingestPaths } from '../ingest';
import { up } from '../services/cli';
import { generateWorld } from '../world/generate';
import { startDemoServer } from './demo-serve';

export interface DemoOptions {
  scale: string;
  seed: number;
  /** Regenerate and reload even when the state says it's done. */
  fresh: boolean;
  serve: boolean;
}

interface DemoState {
  scale: string;
  seed: number;
  generated?: boolean;
  loaded?: boolean;
  runId?: string;
}

const step = (n: number, zh: string, en: string) => console.log(`\n[${n}/5] ${zh} (${en})`);

function readState(file: string, o: DemoOptions): DemoState {
  const fresh: DemoState = { scale: o.scale, seed: o.seed };
  if (o.fresh || !fs.existsSync(file)) return fresh;
  const s = JSON.parse(fs.readFileSync(file, 'utf8')) as DemoState;
  return s.scale === o.scale && s.seed === o.seed ? s : fresh;
}

async function companies(g: Neo4jGraph): Promise<number> {
  const rows = await g.read(inline('demo-count', 'MATCH (c:Company) RETURN count(c) AS n'));
  return Number(rows[0]?.n ?? 0);
}

async function generate(dir: string, o: DemoOptions): Promise<void> {
  const t0 = Date.now();
  const r = await generateWorld({ scale: o.scale, seed: o.seed, outDir: dir, formats: ['csv'] });
  const rows = Object.values(r.stats.rows).reduce((a: number, b: number) => a + b, 0);
  console.log(`  ${r.files.length} 个文件, ${rows} 行, ${Date.now() - t0} ms → ${dir}`);
}

async function load(g: Neo4jGraph, dir: string): Promise<void> {
  const summaries = await ingestPaths(g, [dir]);
  let loaded = 0;
  let rejected = 0;
  for (const s of summaries) {
    loaded += s.loaded;
    rejected += s.rejected;
    if (s.error) console.log(`  ${s.file}: ${s.error.zh}`);
  }
  console.log(`  载入 loaded ${loaded} 行, 拒绝 rejected ${rejected} 行`);
}

async function detect(g: Neo4jGraph, seed: number): Promise<string> {
  const r = await runDetection(g, { seed, trigger: 'demo' });
  const top = r.rings.filter((x) => x.level !== '三级').length;
  console.log(`  ${r.rings.length} 个围标团伙 rings (${top} 个一级/二级), ${r.alerts.length} 条预警 alerts`);
  return r.run.runId;
}

export async function demo(o: DemoOptions): Promise<void> {
  step(1, '启动 Neo4j 与 Redis', 'start services');
  await up(config());
  const cfg: Config = refreshConfig(); // re-read: the first `up` creates the Neo4j password
  const dir = path.join(cfg.home, 'demo', `world-${o.scale}-${o.seed}`);
  const stateFile = path.join(cfg.home, 'demo', 'state.json');
  fs.mkdirSync(path.dirname(stateFile), { recursive: true });
  const state = readState(stateFile, o);
  const save = () => fs.writeFileSync(stateFile, JSON.stringify(state, null, 2));
  const g = new Neo4jGraph(cfg.neo4j);
  try {
    step(2, '生成演示数据', 'generate the demo world');
    if (state.generated && fs.existsSync(path.join(dir, 'truth.json'))) console.log(`  沿用 reusing ${dir}`);
    else {
      await generate(dir, o);
      Object.assign(state, { generated: true, loaded: false, runId: undefined });
      save();
    }
    step(3, '导入数据', 'load it into Neo4j');
    if (state.loaded && (await companies(g)) > 0) console.log('  已导入 already loaded');
    else {
      await load(g, dir);
      Object.assign(state, { loaded: true, runId: undefined });
      save();
    }
    step(4, '检测围标串标与利益输送', 'detect rings and interest transfer');
    if (state.runId) console.log(`  沿用检测运行 reusing run ${state.runId}`);
    else {
      state.runId = await detect(g, o.seed);
      save();
    }
  } finally {
    await g.close();
  }
  step(5, '启动服务', 'serve the UI and API');
  if (o.serve) await serve(cfg);
  else console.log('  已跳过 skipped (--no-serve)');
}

async function serve(cfg: Config): Promise<void> {
  await startDemoServer(cfg);
}

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('演示：启动服务、生成并导入演示数据、检测、启动界面与 API (the main job)')
    .option('--scale <scale>', '规模 demo|small|medium|large|<企业数>', 'demo')
    .option('--seed <n>', '随机种子 (seed)', (v) => Number.parseInt(v, 10))
    .option('--fresh', '重新生成并导入 (regenerate and reload)', false)
    .option('--no-serve', '只准备数据，不启动服务 (prepare data only)')
    .action((o: { scale: string; seed?: number; fresh: boolean; serve: boolean }) =>
      demo({ scale: o.scale, seed: o.seed ?? config().seed, fresh: o.fresh, serve: o.serve }),
    );
}
