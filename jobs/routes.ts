// API routes of the queue, declared with the API's own router (zod → validation and OpenAPI, roles,
// audit): queue a detection run now, read any job's status. The API mounts them with `jobRoutes(r, queue)`.
import { ACCESS } from '../api/auth/roles';
import type { ApiRouter } from '../api/http/route';
import { z } from '../api/http/zod';
import type { JobQueue } from './queue';

export const RunRequest = z
  .object({
    seed: z.number().int().optional().openapi({ description: '随机种子，默认为配置的种子 (seed)' }),
    params: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi({ description: '检测参数：only, rules, global, byRule, rings (detection parameters)' }),
    partitionBy: z
      .enum(['region', 'none'])
      .optional()
      .openapi({ description: '分区方式 (how the run is split)' }),
  })
  .strict();

export const JobRef = z.object({ jobId: z.string(), status: z.string() }).openapi('JobRef');

export const JobStatusSchema = z
  .object({
    id: z.string(),
    queue: z.string(),
    name: z.string(),
    state: z.enum([
      'waiting',
      'active',
      'delayed',
      'prioritized',
      'waiting-children',
      'completed',
      'failed',
      'unknown',
    ]),
    progress: z.unknown(),
    result: z
      .unknown()
      .openapi({ description: '运行摘要与差异，或导入报告 (run summary and diff, or ingest report)' }),
    failedReason: z.string().nullable(),
    attemptsStarted: z.number().int(),
    attemptsMade: z.number().int(),
    attempts: z.number().int(),
    stalledCount: z.number().int(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    data: z.unknown(),
    children: z.object({ processed: z.number().int(), pending: z.number().int() }).optional(),
  })
  .openapi('JobStatus');

const JobParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_.:-]{1,200}$/, '任务编号 (a job id)') });

export function jobRoutes(
  r: ApiRouter,
  queue: JobQueue,
  statusPath = (id: string) => `/api/v1/jobs/${id}`,
): void {
  r.add({
    method: 'post',
    path: '/runs',
    summary: '立即排入一次检测运行 (queue a detection run now)',
    description:
      '由工作进程执行；用返回的 jobId 查询状态与结果 (a worker runs it; poll the job for state and result)',
    tags: ['jobs'],
    roles: ACCESS.investigate,
    body: RunRequest,
    response: JobRef,
    status: 202,
    audit: { action: 'runs.queue', query: (i) => i.body },
    handler: async ({ body }, ctx) => {
      const ref = await queue.enqueueDetection({
        ...body,
        params: body.params ?? {},
        trigger: 'api',
        requestedBy: ctx.principal.name,
      });
      return { jobId: ref.id, status: statusPath(ref.id) };
    },
  });
  r.add({
    method: 'get',
    path: '/jobs/:id',
    summary: '任务状态：状态、进度、结果、失败原因 (a job: state, progress, result, failure reason)',
    tags: ['jobs'],
    roles: ACCESS.read,
    params: JobParams,
    response: JobStatusSchema,
    handler: ({ params }) => queue.status(params.id),
  });
}
