// `mingjing evaluate --truth truth.json [--run RUN_ID]`: precision, recall and F1 per pattern.
import type { Command } from 'commander';
import type { GraphPort } from '../../graph/port';
import { evaluateRun, type Evaluation } from '../evaluate';
import { table } from './summary';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function renderEvaluation(runId: string, e: Evaluation): string {
  const rows = [...e.patterns, ...(e.rings ? [e.rings] : [])].map((p) => [
    p.pattern,
    p.rule,
    String(p.planted),
    String(p.found),
    String(p.alerts),
    pct(p.precision),
    pct(p.recall),
    pct(p.f1),
    String(p.crossMatched),
  ]);
  const out = [
    `运行 ${runId} 对照答案（种子 ${e.truthSeed}，规模 ${e.scale}）`,
    '',
    table(
      ['模式 pattern', '规则 rule', '植入', '找到', '预警', '精确率', '召回率', 'F1', '跨模式命中'],
      rows,
    ),
    '',
    e.rings
      ? `团伙成员企业平均精确率 (firm-level AP)：${e.rings.firmAveragePrecision.toFixed(3)}（Jaccard ≥ ${e.rings.jaccard}）`
      : '本次运行未检测围标串标团伙 (this run did not run ring detection)',
    '诱饵被标记 (decoys flagged)：' +
      Object.entries(e.decoys)
        .map(([k, v]) => `${k} ${v.flagged}/${v.total}`)
        .join('，'),
    '无答案的规则 (rules without planted truth)：' +
      (Object.entries(e.unscored)
        .map(([k, v]) => `${k} ${v.alerts} 条（其中 ${v.touchPlanted} 条涉及植入案例）`)
        .join('，') || '无'),
  ];
  return out.join('\n');
}

export function registerEvaluateCommand(
  program: Command,
  withGraph: <T>(f: (g: GraphPort) => Promise<T>) => Promise<T>,
): void {
  program
    .command('evaluate')
    .description('对照生成世界的答案 truth.json 评估检测结果 (score a run against truth.json)')
    .requiredOption('--truth <file>', 'npx mingjing generate 生成的 truth.json')
    .option('--run <id>', '检测运行编号（默认最近一次）(run id; latest by default)')
    .option('--json', 'JSON')
    .action(async (f: { truth: string; run?: string; json?: boolean }) => {
      const { run, evaluation } = await withGraph((g) => evaluateRun(g, f.truth, f.run));
      console.log(
        f.json
          ? JSON.stringify({ runId: run.runId, ...evaluation }, null, 2)
          : renderEvaluation(run.runId, evaluation),
      );
    });
}
