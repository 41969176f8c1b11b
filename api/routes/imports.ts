// Uploads of import files: answered at once with a job id; progress, totals and rejected rows are read
// from the job (in-process now, the job queue later, behind ImportJobs).
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../../core/errors';
import { ACCESS } from '../auth/roles';
import type { ApiRouter } from '../http/route';
import { uploadMiddleware } from '../http/upload';
import { z } from '../http/zod';
import type { ApiOptions } from '../options';
import { Page, safeText } from '../schemas/common';
import { newUploadId, type ImportJob, type ImportJobs } from '../services/imports';

const JobParams = z.object({
  id: z.string().regex(/^imp-[0-9T]{15}-[0-9a-f]{8}$/, '导入任务编号 (an import job id)'),
});

export const ImportJobOut = z
  .object({
    id: z.string(),
    state: z.enum(['queued', 'running', 'completed', 'failed']),
    files: z.array(z.string()),
    kind: z.string().nullable(),
    requestedBy: z.string(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    progress: z.record(z.string(), z.unknown()).nullable(),
    result: z.record(z.string(), z.unknown()).nullable(),
    error: z.object({ code: z.string(), zh: z.string(), en: z.string() }).nullable(),
  })
  .openapi('ImportJob');

const UploadForm = z
  .object({
    files: z
      .array(z.string().openapi({ format: 'binary' }))
      .min(1)
      .openapi({ description: 'CSV / XLSX 文件（可多个）' }),
    kind: safeText(40).optional().openapi({ description: '文件种类（不填则按文件名判断）' }),
  })
  .strict()
  .openapi('ImportUpload');

const UploadFields = z.object({ kind: safeText(40).optional() }).strict();

const RejectsOut = z
  .object({
    total: z.number().int(),
    offset: z.number().int(),
    limit: z.number().int(),
    rows: z.array(
      z.object({
        file: z.string(),
        line: z.number(),
        column: z.string(),
        value: z.string(),
        zh: z.string(),
        en: z.string(),
      }),
    ),
  })
  .openapi('ImportRejects');

/** The job as the API shows it (the ingest result is open-ended JSON). */
const out = (j: ImportJob): z.input<typeof ImportJobOut> => ({
  ...j,
  result: j.result as unknown as Record<string, unknown> | null,
});

export function importRoutes(r: ApiRouter, jobs: ImportJobs, o: ApiOptions): void {
  r.add({
    method: 'post',
    path: '/imports',
    summary: '上传导入文件，立即返回任务编号 (upload import files; answered with a job id)',
    tags: ['imports'],
    roles: ACCESS.investigate,
    multipart: {
      middleware: uploadMiddleware(
        { dir: o.uploadDir, maxBytes: o.uploadMaxBytes, maxFiles: o.uploadMaxFiles },
        newUploadId,
      ),
      schema: UploadForm,
    },
    response: ImportJobOut,
    status: 202,
    audit: { action: 'imports.upload', query: (i) => i.body, count: (out) => out.files.length },
    handler: async (_input, ctx) => {
      const id = String(ctx.res.locals.uploadId);
      const dir = path.join(o.uploadDir, id);
      const files = ((ctx.req.files as Express.Multer.File[] | undefined) ?? []).map((f) => f.filename);
      const fields = UploadFields.safeParse(ctx.req.body ?? {});
      if (files.length === 0 || !fields.success) {
        fs.rmSync(dir, { recursive: true, force: true });
        const field = files.length === 0 ? 'files' : 'kind';
        throw new InputError(
          'upload.invalid',
          `上传缺少或含有无效字段 ${field}`,
          `the upload lacks or has an invalid field ${field}`,
          { field, status: 422 },
        );
      }
      ctx.res.location(`/api/v1/imports/${id}`);
      return out(
        await jobs.submit({
          id,
          dir,
          files,
          kind: fields.data.kind?.trim() || undefined,
          requestedBy: ctx.principal.name,
        }),
      );
    },
  });
  r.add({
    method: 'get',
    path: '/imports/:id',
    summary: '导入任务进度与结果 (import job progress and result)',
    tags: ['imports'],
    roles: ACCESS.read,
    params: JobParams,
    response: ImportJobOut,
    handler: async ({ params }) => out(await jobs.get(params.id)),
  });
  r.add({
    method: 'get',
    path: '/imports/:id/rejects',
    summary: '导入被拒的行（文件、行号、列、原因）(rejected rows)',
    tags: ['imports'],
    roles: ACCESS.read,
    params: JobParams,
    query: Page,
    response: RejectsOut,
    handler: async ({ params, query }) => ({
      ...(await jobs.rejects(params.id, query.offset, query.limit)),
      ...query,
    }),
  });
}
