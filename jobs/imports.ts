// The API's upload registry (ImportJobs) on the queue: uploads are loaded by `mingjing worker` processes,
// possibly on another machine sharing the uploads folder; state survives API restarts and Redis restarts.
import fs from 'node:fs';
import path from 'node:path';
import type { ImportJob, ImportJobs, ImportState, RejectRow } from '../api/services/imports';
import { parseCsvLine } from '../api/services/imports';
import type { IngestJobResult } from './ingest-adapter';
import type { JobQueue } from './queue';
import type { JobStateName, JobStatus } from './status';

const STATE: Record<JobStateName, ImportState> = {
  waiting: 'queued',
  delayed: 'queued',
  prioritized: 'queued',
  'waiting-children': 'queued',
  unknown: 'queued',
  active: 'running',
  completed: 'completed',
  failed: 'failed',
};

/** `code [file:line]: 中文 (English)` as jobs/errors.ts writes it, back into its parts. */
export function parseReason(reason: string | null): ImportJob['error'] {
  if (!reason) return null;
  const m = /^([\w.-]+)(?: \[[^\]]*\])?: (.*) \((.*)\)$/s.exec(reason);
  return m ? { code: m[1], zh: m[2], en: m[3] } : { code: 'jobs.failed', zh: reason, en: reason };
}

function toImportJob(s: JobStatus): ImportJob {
  const data = s.data as { paths: string[]; kind?: string; requestedBy?: string };
  const result = s.result as { report: IngestJobResult } | null;
  return {
    id: s.id,
    state: STATE[s.state],
    files: data.paths.map((p) => path.basename(p)),
    kind: data.kind ?? null,
    requestedBy: data.requestedBy ?? '',
    createdAt: s.createdAt,
    startedAt: s.startedAt,
    finishedAt: s.state === 'completed' || s.state === 'failed' ? s.finishedAt : null,
    progress: (s.progress as Record<string, unknown> | null) || null,
    result: result?.report ?? null,
    error: s.state === 'failed' ? parseReason(s.failedReason) : null,
  };
}

function readRejects(result: IngestJobResult | null): RejectRow[] {
  const rows: RejectRow[] = [];
  for (const f of result?.files ?? []) {
    if (!f.rejectsFile || !fs.existsSync(f.rejectsFile)) continue;
    const lines = fs
      .readFileSync(f.rejectsFile, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .slice(1);
    for (const l of lines.filter((x) => x !== '')) {
      const [file, line, column, value, zh, en] = parseCsvLine(l);
      rows.push({ file, line: Number(line), column, value: value.replace(/^'/, ''), zh, en });
    }
  }
  return rows;
}

export class QueueImports implements ImportJobs {
  constructor(private readonly queue: JobQueue) {}

  async submit(spec: { id: string; dir: string; files: string[]; kind?: string; requestedBy: string }) {
    const paths = spec.files.map((f) => path.join(spec.dir, f));
    await this.queue.enqueueIngest(
      { paths, kind: spec.kind, uploadId: spec.id, requestedBy: spec.requestedBy },
      { jobId: spec.id },
    );
    return this.get(spec.id);
  }

  async get(id: string): Promise<ImportJob> {
    return toImportJob(await this.queue.status(id));
  }

  async rejects(id: string, offset: number, limit: number) {
    const all = readRejects((await this.get(id)).result);
    return { total: all.length, rows: all.slice(offset, offset + limit) };
  }

  /** Jobs run on workers, not here: nothing to wait for at shutdown. */
  async drain(): Promise<void> {}
}
