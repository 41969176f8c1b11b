// `mingjing ingest <files or folders>` and `mingjing templates`: load import files, print a summary per file.
import type { Command } from 'commander';
import { closeGraph, graph } from '../graph/port';
import { KINDS } from '../model';
import { ingestPaths, type FileSummary } from './index';
import { progressBar } from './progress';
import { writeTemplates } from './templates';

function line(s: FileSummary): string {
  const kind = s.kind ? `${KINDS[s.kind].zh} ${s.kind}` : '?';
  const fmt = [s.format, s.encoding].filter(Boolean).join(' ');
  const head = `${s.file} [${kind}${fmt ? `, ${fmt}` : ''}]`;
  const counts =
    `读取 ${s.read} 行，导入 ${s.loaded}，拒绝 ${s.rejected}（新建 ${s.created}，更新 ${s.updated}），${(s.ms / 1000).toFixed(1)} 秒` +
    ` / read ${s.read}, loaded ${s.loaded}, rejected ${s.rejected} (created ${s.created}, updated ${s.updated})`;
  const out = [s.error && s.read === 0 ? `✗ ${head}` : `${s.error ? '✗' : '✓'} ${head}: ${counts}`];
  if (s.error) out.push(`  错误 ${s.error.code}: ${s.error.zh}\n  Error: ${s.error.en}`);
  if (s.rejectsFile) out.push(`  拒绝明细 rejects: ${s.rejectsFile}`);
  return out.join('\n');
}

interface CliOpts {
  kind?: string;
  strict?: boolean;
  rejects?: string;
  batch?: string;
}

async function runIngest(paths: string[], o: CliOpts): Promise<void> {
  const bar = progressBar();
  try {
    const summaries = await ingestPaths(graph(), paths, {
      kind: o.kind,
      strict: o.strict,
      rejects: o.rejects,
      batchSize: o.batch === undefined ? undefined : Number(o.batch),
      onProgress: bar.onProgress,
    });
    bar.stop();
    for (const s of summaries) console.log(line(s));
    if (summaries.some((s) => s.error)) process.exitCode = 1;
  } finally {
    bar.stop();
    await closeGraph();
  }
}

export function registerIngestCommands(program: Command): void {
  program
    .command('ingest')
    .description('导入数据文件 CSV/XLSX（按导入规范）(load import-contract files into the graph)')
    .argument('<paths...>', '文件或文件夹 (files or folders)')
    .option('--kind <kind>', '数据类别，如 bids 或 投标 (kind, else from the file name)')
    .option('--strict', '任一行有错则整个文件不导入 (refuse a whole file at its first bad row)')
    .option('--rejects <file>', '拒绝明细 CSV 路径 (rejects report path)')
    .option('--batch <n>', '每个事务的行数 (rows per transaction)')
    .action(runIngest);
  program
    .command('templates')
    .description('由数据模型生成 templates/ 下的空白模板 CSV 与 XLSX (regenerate empty import templates)')
    .action(async () => {
      for (const f of await writeTemplates()) console.log(`已生成 ${f}`);
    });
}
