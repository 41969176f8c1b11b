// The ingest API: load files or folders of the import contract into the graph, in dependency order.
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../core/errors';
import type { GraphPort } from '../graph/port';
import { applySchema } from '../graph/schema';
import { dependencyOrder, expandInputs, type InputFile } from './kinds';
import { ingestFile, type FileSummary, type IngestProgress } from './load-file';
import { defaultRejectsPath, RejectsReport } from './rejects';

export type { FileSummary, IngestProgress, InputFile };

export interface IngestOptions {
  /** Kind for every file (English key, 中文 name or stem); else each file's name decides. */
  kind?: string;
  /** Refuse a whole file at its first bad row; nothing of it is written. */
  strict?: boolean;
  /** One rejects report for all files; default: `<stem>.rejects.csv` next to each input. */
  rejects?: string;
  /** Rows per write transaction. */
  batchSize?: number;
  onProgress?: (p: IngestProgress) => void;
  /** Apply the model's constraints and indexes first (idempotent); default true. */
  schema?: boolean;
}

export const DEFAULTS = { strict: false, batchSize: 2000, schema: true } as const;

function failed(input: InputFile, e: InputError): FileSummary {
  return {
    ...{ file: input.name ?? path.basename(input.path), kind: null, format: null, encoding: null },
    ...{ read: 0, loaded: 0, rejected: 0, created: 0, updated: 0, rejectsFile: null, ms: 0 },
    error: { code: e.code, zh: e.zh, en: e.en },
  };
}

async function expandEach(inputs: (string | InputFile)[], kind?: string) {
  const files: InputFile[] = [];
  const errors: FileSummary[] = [];
  for (const input of inputs) {
    const found = await expandInputs([input], kind);
    if (found.length > 0) files.push(...found);
    else {
      const p = typeof input === 'string' ? input : input.path;
      const e = new InputError(
        'ingest.empty_folder',
        `${p}：文件夹中没有 CSV 或 XLSX 文件`,
        `${p}: the folder holds no CSV or XLSX files`,
        { file: p },
      );
      errors.push(failed({ path: p }, e));
    }
  }
  return { files: dependencyOrder(files), errors };
}

/**
 * Loads files (or folders of files) into the graph. Each file gets a summary: rows read, loaded, rejected
 * (loaded + rejected = read), created vs updated, its rejects report, or the one-line error that refused it.
 * Throws only when Neo4j is unreachable (UnavailableError) or on a bug; bad input never throws.
 */
export async function ingestPaths(
  g: GraphPort,
  inputs: (string | InputFile)[],
  options: IngestOptions = {},
): Promise<FileSummary[]> {
  const opts = {
    ...options,
    strict: options.strict ?? DEFAULTS.strict,
    batchSize: options.batchSize ?? DEFAULTS.batchSize,
    schema: options.schema ?? DEFAULTS.schema,
  };
  if (!(opts.batchSize >= 1))
    throw new InputError('ingest.batch', '--batch 应为正整数', '--batch must be a positive integer', {
      field: 'batch',
    });
  const { files, errors } = await expandEach(inputs, opts.kind);
  if (opts.schema) await applySchema(g);
  const shared = opts.rejects ? new RejectsReport(path.resolve(opts.rejects)) : undefined;
  const out: FileSummary[] = [...errors];
  try {
    for (const f of files) {
      const rejects = shared ?? new RejectsReport(defaultRejectsPath(f.path, f.name));
      try {
        out.push(await ingestFile(g, f, { ...opts, rejects, onProgress: opts.onProgress }));
      } finally {
        if (!shared) {
          await rejects.close();
          // A report left by an earlier run of this file would now be stale.
          if (!rejects.written) fs.rmSync(rejects.file, { force: true });
        }
      }
    }
  } finally {
    await shared?.close();
  }
  return out;
}
