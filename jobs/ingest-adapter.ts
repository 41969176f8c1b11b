// Ingest as a job: ingestPaths with progress as a percentage, and a result that sums the files up and
// shows the first rejected rows of each (the full rejects report stays next to the upload).
import fs from 'node:fs';
import type { GraphPort } from '../graph/port';
import { ingestPaths, type FileSummary, type IngestProgress } from '../ingest';

export const REJECT_SAMPLE = 10;

export interface IngestJobResult {
  totals: { files: number; read: number; loaded: number; rejected: number; created: number; updated: number };
  files: (FileSummary & { rejectsSample: string[] })[];
  /** Files refused as a whole, with the reason. */
  refused: { file: string; code: string; zh: string; en: string }[];
}

/** The first `n` data lines of a rejects report (its header and BOM dropped). */
export function rejectsSample(file: string | null, n = REJECT_SAMPLE): string[] {
  if (!file || !fs.existsSync(file)) return [];
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const len = fs.readSync(fd, buf, 0, buf.length, 0);
    const lines = buf.subarray(0, len).toString('utf8').split('\r\n');
    return lines.slice(1, 1 + n).filter((l) => l !== '');
  } finally {
    fs.closeSync(fd);
  }
}

export function summarise(files: FileSummary[]): IngestJobResult {
  const sum = (k: 'read' | 'loaded' | 'rejected' | 'created' | 'updated') =>
    files.reduce((a, f) => a + f[k], 0);
  return {
    totals: {
      files: files.length,
      read: sum('read'),
      loaded: sum('loaded'),
      rejected: sum('rejected'),
      created: sum('created'),
      updated: sum('updated'),
    },
    files: files.map((f) => ({ ...f, rejectsSample: rejectsSample(f.rejectsFile) })),
    refused: files.filter((f) => f.error).map((f) => ({ file: f.file, ...f.error! })),
  };
}

/** Progress of the current file as the dashboard and the API show it. */
export function progressOf(p: IngestProgress): Record<string, unknown> {
  const percent = p.total ? Math.min(99, Math.round((100 * p.read) / p.total)) : null;
  return {
    step: p.phase,
    file: p.file,
    kind: p.kind,
    read: p.read,
    total: p.total,
    loaded: p.loaded,
    rejected: p.rejected,
    percent,
  };
}

export async function ingestFiles(
  g: GraphPort,
  paths: string[],
  opts: { kind?: string; onProgress?: (p: unknown) => void },
): Promise<IngestJobResult> {
  const files = await ingestPaths(g, paths, {
    kind: opts.kind,
    onProgress: (p) => opts.onProgress?.(progressOf(p)),
  });
  return summarise(files);
}
