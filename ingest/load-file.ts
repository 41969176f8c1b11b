// Loads one file: sniff, header plan, pre-scans, then streamed batches; bad input becomes the file's one-line error.
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../core/errors';
import type { GraphPort } from '../graph/port';
import type { KindName } from '../model';
import { BatchLoader, type Counts } from './batches';
import { planHeader, type HeaderPlan } from './headers';
import { resolveKind, type InputFile } from './kinds';
import { fractionColumns, strictCheck } from './prescan';
import type { RejectsReport } from './rejects';
import { RowParser } from './rows';
import { sniffFile, type Sniff } from './sniff';
import { openRecords, readHeader } from './source';

export interface FileSummary {
  file: string;
  kind: KindName | null;
  format: 'csv' | 'xlsx' | null;
  encoding: string | null;
  read: number;
  loaded: number;
  rejected: number;
  created: number;
  updated: number;
  rejectsFile: string | null;
  /** Why the file was refused or stopped (bad file, wrong kind, --strict): nothing else of it is missing silently. */
  error: { code: string; zh: string; en: string; line?: number } | null;
  ms: number;
}

export interface IngestProgress {
  file: string;
  kind: KindName;
  phase: 'prescan' | 'load' | 'done';
  read: number;
  /** Estimated data rows (from the pre-scan), null when unknown. */
  total: number | null;
  loaded: number;
  rejected: number;
}

export interface FileOptions {
  strict: boolean;
  batchSize: number;
  rejects: RejectsReport;
  onProgress?: (p: IngestProgress) => void;
}

interface Ctx {
  g: GraphPort;
  file: string;
  name: string;
  kind: KindName;
  sniff: Sniff;
  opts: FileOptions;
  total: number | null;
}

async function withHeader(ctx: Ctx) {
  const records = openRecords(ctx.file, ctx.sniff, ctx.kind, (rows) => (ctx.total = Math.max(0, rows - 1)));
  const header = await readHeader(records, ctx.name);
  return { records, header };
}

function strictError(ctx: Ctx, r: { line: number; column: string; zh: string; en: string }): InputError {
  return new InputError(
    'ingest.strict',
    `${ctx.name} 第 ${r.line} 行「${r.column}」：${r.zh}；严格模式下整个文件未导入`,
    `${ctx.name} line ${r.line}, column "${r.column}": ${r.en}; strict mode: nothing of this file was loaded`,
    { file: ctx.name, line: r.line, column: r.column },
  );
}

async function prescan(ctx: Ctx, plan: HeaderPlan): Promise<Set<string>> {
  let fractions = new Set<string>();
  if (plan.columns.some((c) => c.def.type === 'percent')) {
    fractions = await fractionColumns(plan, (await withHeader(ctx)).records);
  }
  if (ctx.opts.strict) {
    ctx.opts.onProgress?.({ ...progressBase(ctx), phase: 'prescan', read: 0, loaded: 0, rejected: 0 });
    const { records } = await withHeader(ctx);
    const res = await strictCheck(ctx.g, ctx.kind, plan, fractions, records, ctx.opts.batchSize);
    if (res.first) {
      await ctx.opts.rejects.add(ctx.name, res.first);
      const counts = { ...res.counts, loaded: 0, rejected: res.counts.read, created: 0 };
      throw Object.assign(strictError(ctx, res.first), { counts });
    }
  }
  return fractions;
}

const progressBase = (ctx: Ctx) => ({ file: ctx.name, kind: ctx.kind, total: ctx.total });

/** A header that is one cell holding `;` or tabs was saved with another separator: say so instead of "missing column". */
function checkDelimiter(ctx: Ctx, header: string[]): void {
  if (ctx.sniff.format !== 'csv' || header.length !== 1 || !/[;\t]/.test(header[0])) return;
  throw new InputError(
    'ingest.delimiter',
    `${ctx.name}：CSV 应以逗号分隔，此文件似乎用的是分号或制表符；请在 Excel 中另存为「CSV UTF-8（逗号分隔）」`,
    `${ctx.name}: a CSV must be comma-separated; this file seems to use semicolons or tabs (save as "CSV UTF-8 (comma delimited)")`,
    { file: ctx.name, expected: ',' },
  );
}

async function load(ctx: Ctx): Promise<Counts> {
  const { records, header } = await withHeader(ctx);
  checkDelimiter(ctx, header.cells);
  const plan = planHeader(ctx.kind, header.cells, ctx.name);
  await records.return(undefined);
  const fractions = await prescan(ctx, plan);
  const { records: rows } = await withHeader(ctx);
  const loader = new BatchLoader(ctx.g, ctx.kind, new RowParser(plan, fractions), {
    batchSize: ctx.opts.batchSize,
    write: true,
    onReject: (r) => ctx.opts.rejects.add(ctx.name, r),
    onBatch: (c) => ctx.opts.onProgress?.({ ...progressBase(ctx), phase: 'load', ...c }),
  });
  try {
    for await (const rec of rows) {
      const wait = loader.push(rec);
      if (wait) await wait;
    }
    return await loader.finish();
  } catch (e) {
    // A file damaged part-way: keep what was read before the damage, so loaded + rejected = read still holds.
    if (e instanceof InputError) await loader.finish().catch(() => loader.settle());
    else await loader.settle();
    throw Object.assign(e as Error, { counts: loader.counts });
  }
}

async function mustExist(file: string, name: string): Promise<void> {
  const stat = await fs.promises.stat(file).catch(() => undefined);
  if (stat?.isFile()) return;
  throw new InputError(
    'ingest.not_found',
    `${name}：文件不存在或不是文件`,
    `${name}: file not found or not a regular file`,
    { file: name },
  );
}

/** Loads one input file and returns its summary; only an unreachable Neo4j (or a bug) escapes as an exception. */
export async function ingestFile(g: GraphPort, input: InputFile, opts: FileOptions): Promise<FileSummary> {
  const started = Date.now();
  const name = input.name ?? path.basename(input.path);
  const summary: FileSummary = {
    ...{ file: name, kind: null, format: null, encoding: null, read: 0, loaded: 0, rejected: 0 },
    ...{ created: 0, updated: 0, rejectsFile: null, error: null, ms: 0 },
  };
  const rejectsBefore = opts.rejects.count;
  try {
    await mustExist(input.path, name);
    summary.kind = resolveKind(name, input.kind);
    const sniff = await sniffFile(input.path);
    Object.assign(summary, {
      format: sniff.format,
      encoding: sniff.format === 'csv' ? sniff.encoding : null,
    });
    const total = sniff.format === 'csv' ? Math.max(0, sniff.lines - 1) : null;
    const ctx: Ctx = { g, file: input.path, name, kind: summary.kind, sniff, opts, total };
    Object.assign(summary, await load(ctx));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const counts = (e as { counts?: Counts }).counts;
    if (counts) Object.assign(summary, counts);
    summary.error = { code: e.code, zh: e.zh, en: e.en, ...(e.details.line ? { line: e.details.line } : {}) };
  }
  summary.updated = summary.loaded - summary.created;
  if (opts.rejects.count > rejectsBefore) summary.rejectsFile = opts.rejects.file;
  summary.ms = Date.now() - started;
  if (summary.kind) {
    const { read, loaded, rejected } = summary;
    opts.onProgress?.({ file: name, kind: summary.kind, phase: 'done', total: read, read, loaded, rejected });
  }
  return summary;
}
