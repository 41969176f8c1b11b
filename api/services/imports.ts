// Import jobs behind a small interface: uploads are loaded by ingestPaths in this process for now
// (InProcessImports); a queue-backed implementation (jobs/) can replace it without touching the routes.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isMingjingError, NotFoundError } from '../../core/errors';
import type { GraphPort } from '../../graph/port';
import { ingestPaths, type FileSummary, type IngestProgress } from '../../ingest';
import { progressOf, summarise, type IngestJobResult } from '../../jobs/ingest-adapter';

export type ImportState = 'queued' | 'running' | 'completed' | 'failed';

export interface ImportJob {
  id: string;
  state: ImportState;
  files: string[];
  kind: string | null;
  requestedBy: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  progress: Record<string, unknown> | null;
  result: IngestJobResult | null;
  error: { code: string; zh: string; en: string } | null;
}

export interface RejectRow {
  file: string;
  line: number;
  column: string;
  value: string;
  zh: string;
  en: string;
}

export interface ImportJobs {
  /** Starts loading the files of one upload folder; returns at once. */
  submit(spec: {
    id: string;
    dir: string;
    files: string[];
    kind?: string;
    requestedBy: string;
  }): Promise<ImportJob>;
  get(id: string): Promise<ImportJob>;
  /** Rejected rows of a finished job, a page at a time. */
  rejects(id: string, offset: number, limit: number): Promise<{ total: number; rows: RejectRow[] }>;
  /** Waits for running jobs (graceful shutdown). */
  drain(): Promise<void>;
}

export function newUploadId(): string {
  return `imp-${new Date().toISOString().replace(/[-:]/g, '').slice(0, 15)}-${randomBytes(4).toString('hex')}`;
}

/** Parses one CSV line of a rejects report (quoted fields, doubled quotes). */
export function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      cur += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else {
      cur += c;
    }
  }
  out.push(cur);
  return out;
}

function readRejects(files: FileSummary[]): RejectRow[] {
  const rows: RejectRow[] = [];
  for (const f of files) {
    if (!f.rejectsFile || !fs.existsSync(f.rejectsFile)) continue;
    const lines = fs
      .readFileSync(f.rejectsFile, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .slice(1);
    for (const l of lines) {
      if (!l) continue;
      const [file, line, column, value, zh, en] = parseCsvLine(l);
      rows.push({ file, line: Number(line), column, value: value.replace(/^'/, ''), zh, en });
    }
  }
  return rows;
}

export class InProcessImports implements ImportJobs {
  private readonly jobs = new Map<string, { job: ImportJob; files: FileSummary[]; done: Promise<void> }>();
  constructor(private readonly g: GraphPort) {}

  async submit(spec: { id: string; dir: string; files: string[]; kind?: string; requestedBy: string }) {
    const job: ImportJob = {
      ...{ id: spec.id, state: 'queued' as ImportState, files: spec.files, kind: spec.kind ?? null },
      ...{
        requestedBy: spec.requestedBy,
        createdAt: new Date().toISOString(),
        startedAt: null,
        finishedAt: null,
      },
      ...{ progress: null, result: null, error: null },
    };
    const entry = { job, files: [] as FileSummary[], done: Promise.resolve() };
    entry.done = this.run(entry, spec);
    this.jobs.set(spec.id, entry);
    return { ...job };
  }

  private async run(
    entry: { job: ImportJob; files: FileSummary[] },
    spec: { dir: string; files: string[]; kind?: string },
  ) {
    await new Promise((r) => setImmediate(r));
    const job = entry.job;
    job.state = 'running';
    job.startedAt = new Date().toISOString();
    try {
      const paths = spec.files.map((f) => path.join(spec.dir, f));
      entry.files = await ingestPaths(this.g, paths, {
        kind: spec.kind,
        onProgress: (p: IngestProgress) => (job.progress = progressOf(p)),
      });
      job.result = summarise(entry.files);
      job.state = 'completed';
    } catch (e) {
      job.state = 'failed';
      job.error = isMingjingError(e)
        ? { code: e.code, zh: e.zh, en: e.en }
        : { code: 'internal', zh: '导入失败', en: 'import failed' };
    } finally {
      job.finishedAt = new Date().toISOString();
    }
  }

  private entry(id: string) {
    const e = this.jobs.get(id);
    if (!e)
      throw new NotFoundError('import.not_found', `没有编号为 ${id} 的导入任务`, `no import job ${id}`, {
        field: 'params.id',
      });
    return e;
  }

  async get(id: string): Promise<ImportJob> {
    return { ...this.entry(id).job };
  }

  async rejects(id: string, offset: number, limit: number) {
    const all = readRejects(this.entry(id).files);
    return { total: all.length, rows: all.slice(offset, offset + limit) };
  }

  async drain(): Promise<void> {
    await Promise.all([...this.jobs.values()].map((e) => e.done));
  }
}
