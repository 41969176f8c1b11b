// Commands of detection: `detect`, `rules list|run`, `ownership <uscc>`, `evaluate`.
import type { Command } from 'commander';
import { closeGraph, graph } from '../../graph/port';
import { penetrate } from '../ownership';
import { runDetection } from '../pipeline/run';
import { listRules } from '../rules/catalog';
import { runRules } from '../rules/run';
import { registerEvaluateCommand } from './evaluate';
import { collect, parseOnly, parseParamArgs, parseSeed } from './params';
import { alertJson, summary, table, toJson } from './summary';

async function withGraph<T>(f: (g: ReturnType<typeof graph>) => Promise<T>): Promise<T> {
  try {
    return await f(graph());
  } finally {
    await closeGraph();
  }
}

interface DetectFlags {
  json?: boolean;
  seed?: string;
  only?: string;
  rule?: string[];
  param?: string[];
  dryRun?: boolean;
}

function registerDetect(program: Command): void {
  program
    .command('detect')
    .description('运行全部检测（围标串标团伙 + 规则），保存预警与运行记录 (run detection and store alerts)')
    .option('--json', '输出一个 JSON 文档 (print one JSON document)')
    .option('--seed <n>', '随机种子 (seed)')
    .option('--only <what>', '只运行 rings 或 rules (only rings or rules)')
    .option('--rule <id>', '只运行指定规则，可重复 (rule id, repeatable)', collect)
    .option('--param <k=v>', '参数：名称=值 / 规则.名称=值 / rings.名称=值，可重复', collect)
    .option('--dry-run', '不保存 (do not store)')
    .action(async (f: DetectFlags) => {
      const res = await withGraph((g) =>
        runDetection(g, {
          seed: parseSeed(f.seed),
          only: parseOnly(f.only),
          rules: f.rule,
          params: parseParamArgs(f.param),
          store: !f.dryRun,
        }),
      );
      console.log(f.json ? JSON.stringify(toJson(res), null, 2) : summary(res));
    });
}

function registerRules(program: Command): void {
  const rules = program.command('rules').description('检测规则 (detection rules)');
  rules
    .command('list')
    .description('列出规则及其依据、参数 (list rules with basis and parameters)')
    .option('--json', 'JSON')
    .action((f: { json?: boolean }) => {
      const list = listRules().map(({ stmt, ...r }) => ({ ...r, file: `cypher/${stmt.name}.cypher` }));
      if (f.json) return console.log(JSON.stringify(list, null, 2));
      for (const r of list) {
        const params = Object.entries(r.params).map(([k, v]) => `${k}=${String(v)}`);
        console.log(
          `${r.id}  ${r.title}  [${r.severity}]\n  依据：${r.basis}\n  参数：${params.join(', ') || '无'}`,
        );
        if (r.method) console.log(`  方法：${r.method}`);
      }
    });
  rules
    .command('run <id>')
    .description('运行一条规则（all = 全部），不保存 (run one rule or all, without storing)')
    .option('--param <k=v>', '参数：名称=值 或 规则.名称=值，可重复', collect)
    .option('--json', 'JSON')
    .action(async (id: string, f: { param?: string[]; json?: boolean }) => {
      const res = await withGraph((g) =>
        runRules(g, id === 'all' ? undefined : [id], parseParamArgs(f.param)),
      );
      if (f.json)
        return console.log(
          JSON.stringify(
            res.map((r) => ({ ...r, alerts: r.alerts.map(alertJson) })),
            null,
            2,
          ),
        );
      for (const r of res) {
        console.log(`== ${r.rule}（${r.alerts.length} 条，${r.ms} ms）参数 ${JSON.stringify(r.params)}`);
        for (const a of r.alerts) {
          console.log(`[${a.level} ${a.score}] ${a.title}`);
          for (const e of a.evidence) console.log(`    - ${e.text}`);
        }
      }
    });
}

function registerOwnership(program: Command): void {
  program
    .command('ownership <uscc>')
    .description('股权穿透：累计控制比例与实际控制人 (ownership penetration and actual controller)')
    .option('--threshold <pct>', '控制线（默认 50）', Number)
    .option('--depth <n>', '最多穿透层数（默认 6）', Number)
    .option('--json', 'JSON')
    .action(async (uscc: string, f: { threshold?: number; depth?: number; json?: boolean }) => {
      const res = await withGraph((g) => penetrate(g, uscc, { threshold: f.threshold, maxDepth: f.depth }));
      if (f.json) return console.log(JSON.stringify(res, null, 2));
      console.log(`${res.companyName}（${uscc}）`);
      const c = res.controller;
      console.log(
        c ? `实际控制人：${c.name}（${c.key}），${c.note}` : '实际控制人：未识别（无人累计控制 ≥ 25%）',
      );
      const rows = res.chains.slice(0, 20).map((h) => [h.name, `${h.pct.toFixed(2)}%`, h.paths[0] ?? '']);
      console.log(table(['股东', '累计', '主要路径'], rows));
    });
}

export function registerDetectCommands(program: Command): void {
  registerDetect(program);
  registerRules(program);
  registerOwnership(program);
  registerEvaluateCommand(program, withGraph);
}
