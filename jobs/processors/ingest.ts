// Loads uploaded files into the graph: checks they exist in the shared folder, reports progress, returns the report.
import fs from 'node:fs';
import path from 'node:path';
import type { Job } from 'bullmq';
import { InputError } from '../../core/errors';
import type { WorkerDeps } from '../deps';
import { classified } from '../errors';
import { IngestPayload, parsePayload } from '../payloads';

/** Relative paths are read from the uploads folder; absolute ones must lie inside it too. */
export function resolveUploadPaths(paths: string[], uploadDir: string): string[] {
  const root = path.resolve(uploadDir);
  return paths.map((p) => {
    const abs = path.resolve(root, p);
    if (abs !== root && !abs.startsWith(root + path.sep)) {
      throw new InputError(
        'jobs.path-outside-uploads',
        `文件 ${p} 不在上传目录 ${root} 中`,
        `file ${p} is outside the uploads folder ${root}`,
        { file: p, expected: root },
      );
    }
    if (!fs.existsSync(abs)) {
      throw new InputError(
        'jobs.file-missing',
        `找不到上传的文件 ${p}（可能已被删除，或服务与工作进程未共享上传目录 ${root}）`,
        `uploaded file ${p} is missing (deleted, or serve and worker do not share the uploads folder ${root})`,
        { file: p },
      );
    }
    return abs;
  });
}

/** Reports progress at most every `everyMs`, so a large load does not flood Redis. */
export function throttled(fn: (p: unknown) => void, everyMs = 500): (p: unknown) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last >= everyMs) {
      last = now;
      fn(p);
    }
  };
}

export function ingestProcessor(deps: WorkerDeps): (job: Job) => Promise<unknown> {
  return classified(async (job: Job) => {
    const input = parsePayload(IngestPayload, job.data, 'ingest');
    const paths = resolveUploadPaths(input.paths, deps.settings.uploadDir);
    const onProgress = throttled((p) => void job.updateProgress(p as object).catch(() => undefined));
    const report = await deps.ingest(deps.graph, paths, { kind: input.kind, onProgress });
    await job.updateProgress({ step: 'done', percent: 100 });
    return { uploadId: input.uploadId ?? null, report };
  });
}
