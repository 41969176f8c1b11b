// generateWorld: builds a world for a scale and seed, streams it to files in the import contract, writes truth.json.
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../core/errors';
import { KIND_NAMES, type KindName } from '../model/kinds';
import { isoDate } from './calendar';
import { CATEGORIES } from './data/business';
import { buildWorld } from './build';
import { FORMATS, type Format } from './emit/sink';
import { closeAll, openSinks, type Sinks } from './emit/sinks';
import { writeEntities } from './emit/entities';
import type { RingRun } from './plans';
import { PaymentIds, streamTenders, writeDirectDeals } from './procure/stream';
import { resolveScale, type ScaleParams } from './scale';
import type { Truth } from './truth';
import type { World } from './world';

export interface GenerateOptions {
  /** `demo`, `small`, `medium`, `large`, a company count, or resolved parameters. */
  scale: string | ScaleParams;
  seed: number;
  outDir: string;
  formats?: readonly Format[];
  onProgress?: (message: string) => void;
}

export interface GeneratedFile {
  kind: KindName;
  format: Format;
  path: string;
  rows: number;
  bytes: number;
}

export interface GenerateResult {
  files: GeneratedFile[];
  truthPath: string;
  truth: Truth;
  stats: {
    ms: number;
    phasesMs: Record<string, number>;
    /** RSS at the end of each phase. */
    rssMb: Record<string, number>;
    /** RSS at each tenth of the tender stream. */
    streamRssMb: number[];
    rows: Record<KindName, number>;
    peakRssMb: number;
  };
}

/** XLSX is written through exceljs and is only practical up to this many companies. */
export const XLSX_MAX_COMPANIES = 20_000;

export function parseFormats(s: string): Format[] {
  const list = s
    .split(',')
    .map((x) => x.trim().toLowerCase())
    .filter(Boolean);
  const bad = list.find((f) => !(FORMATS as readonly string[]).includes(f));
  if (bad !== undefined || list.length === 0) {
    throw new InputError(
      'world.formats',
      `格式 --formats 无效：${s}，应为 csv、gbk、xlsx 的组合`,
      `invalid --formats ${s}: expected a comma list of csv, gbk, xlsx`,
      { field: 'formats', expected: 'csv,gbk,xlsx' },
    );
  }
  return [...new Set(list as Format[])];
}

function finishTruth(w: World, rows: Record<KindName, number>): void {
  const t = w.truth;
  t.period = {
    from: isoDate(w.period.start),
    tendersTo: isoDate(w.period.tendersEnd),
    to: isoDate(w.period.end),
  };
  t.counts.rows = rows;
  t.counts.planted = {
    rings: t.rings.length,
    interestTransfer: t.interestTransfer.length,
    splitPayments: t.splitPayments.length,
    paymentBeforeContract: t.paymentBeforeContract.length,
    paymentOverContract: t.paymentOverContract.length,
    expertTies: t.expertTies.length,
  };
  const runs = new Set<RingRun>();
  for (const p of w.plans.values()) if (p.kind === 'ring') runs.add(p.run);
  for (const run of runs) {
    const g = run.gaps.length > 0 ? run.gaps : [0];
    const r2 = (x: number): number => Math.round(x * 100) / 100;
    run.truth.coverGapPct = {
      min: r2(Math.min(...g)),
      max: r2(Math.max(...g)),
      mean: r2(g.reduce((s, x) => s + x, 0) / g.length),
    };
  }
}

/** Wall time and resident memory per phase; RSS is also sampled while tenders stream. */
class Meter {
  readonly phasesMs: Record<string, number> = {};
  readonly rssMb: Record<string, number> = {};
  /** RSS at each tenth of the tender stream: flat when memory does not grow with rows written. */
  readonly streamRssMb: number[] = [];
  peak = process.memoryUsage().rss;
  private last = performance.now();
  readonly start = this.last;

  /** RSS now; under `node --expose-gc` a full collection runs first, so the figure is live memory only. */
  rss(): number {
    (globalThis as { gc?: () => void }).gc?.();
    const r = process.memoryUsage().rss;
    this.peak = Math.max(this.peak, r);
    return Math.round(r / 1048576);
  }

  phase(name: string): void {
    const now = performance.now();
    this.phasesMs[name] = Math.round(now - this.last);
    this.rssMb[name] = this.rss();
    this.last = now;
  }
}

function checkOptions(opts: GenerateOptions): { params: ScaleParams; formats: readonly Format[] } {
  const params = typeof opts.scale === 'string' ? resolveScale(opts.scale) : opts.scale;
  const formats = opts.formats ?? ['csv'];
  if (formats.includes('xlsx') && params.companies > XLSX_MAX_COMPANIES) {
    throw new InputError(
      'world.xlsx',
      `xlsx 仅适用于 ${XLSX_MAX_COMPANIES} 家企业以内的规模（demo/small），请改用 csv 或 gbk`,
      `xlsx is only practical up to ${XLSX_MAX_COMPANIES} companies (demo/small); use csv or gbk`,
      { field: 'formats' },
    );
  }
  return { params, formats };
}

async function writeAll(
  w: World,
  opts: GenerateOptions,
  formats: readonly Format[],
  m: Meter,
): Promise<Sinks> {
  fs.mkdirSync(opts.outDir, { recursive: true });
  const sinks = openSinks(opts.outDir, formats);
  await writeEntities(w, sinks);
  m.phase('entities');
  const ids = new PaymentIds();
  const tenth = Math.max(1, Math.floor(w.params.tenders / 10));
  const rec = await streamTenders(w, sinks, ids, (i) => {
    if (Math.floor((i + 1) / tenth) > m.streamRssMb.length) m.streamRssMb.push(m.rss());
    if (i % 20000 === 19999) opts.onProgress?.(`已生成招标项目 tenders: ${i + 1}/${w.params.tenders}`);
  });
  await writeDirectDeals(w, sinks, ids);
  rec.bigBidders(CATEGORIES);
  await closeAll(sinks);
  m.phase('procurement');
  return sinks;
}

export async function generateWorld(opts: GenerateOptions): Promise<GenerateResult> {
  const { params, formats } = checkOptions(opts);
  const m = new Meter();
  const w = buildWorld(params, opts.seed);
  m.phase('build');
  opts.onProgress?.(`构建完成 built: ${w.companies.length} companies, ${w.persons.length} persons`);
  const sinks = await writeAll(w, opts, formats, m);
  const rows = Object.fromEntries(KIND_NAMES.map((k) => [k, sinks[k].rows])) as Record<KindName, number>;
  finishTruth(w, rows);
  const truthPath = path.join(opts.outDir, 'truth.json');
  fs.writeFileSync(truthPath, JSON.stringify(w.truth, null, 1) + '\n');
  m.phase('truth');
  const files = KIND_NAMES.flatMap((kind) =>
    sinks[kind].files.map((f) => ({
      kind,
      format: f.format,
      path: f.path,
      rows: sinks[kind].rows,
      bytes: fs.statSync(f.path).size,
    })),
  );
  const stats = {
    ms: Math.round(performance.now() - m.start),
    phasesMs: m.phasesMs,
    rssMb: m.rssMb,
    streamRssMb: m.streamRssMb,
    rows,
    peakRssMb: Math.round(m.peak / 1048576),
  };
  return { files, truthPath, truth: w.truth, stats };
}
