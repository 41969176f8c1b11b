// HTTP routes for the API to mount: trigger a detection run, read any job's status; zod-validated.
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { InputError } from '../core/errors';
import type { JobQueue } from './queue';

export const RunRequest = z
  .object({
    seed: z.number().int().optional(),
    params: z.record(z.string(), z.unknown()).optional(),
    partitionBy: z.enum(['region', 'none']).optional(),
  })
  .strict();
export type RunRequest = z.infer<typeof RunRequest>;

export const JobIdParam = z.string().regex(/^[A-Za-z0-9_.:-]{1,200}$/, '任务编号 (a job id)');

function parse<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = [where, ...issue.path].join('.');
  throw new InputError(
    'jobs.request',
    `请求字段 ${field} 无效：${issue.message}`,
    `request field ${field} is invalid: ${issue.message}`,
    { field },
  );
}

/**
 * `POST /runs` → 202 `{ jobId, status }` (runs now, on a worker); `GET /jobs/:id` → the job's status.
 * Errors are thrown as typed errors; the API's problem middleware renders them (Express 5 forwards rejections).
 */
export function jobsRouter(queue: JobQueue, opts: { statusPath?: (id: string) => string } = {}): Router {
  const statusPath = opts.statusPath ?? ((id: string) => `jobs/${encodeURIComponent(id)}`);
  const r = Router();
  r.post('/runs', async (req: Request, res: Response) => {
    const body = parse(RunRequest, req.body ?? {}, 'body');
    const requestedBy = (res.locals as { user?: { name?: string } }).user?.name;
    const ref = await queue.enqueueDetection({ ...body, trigger: 'api', requestedBy });
    res
      .status(202)
      .location(statusPath(ref.id))
      .json({ jobId: ref.id, status: statusPath(ref.id) });
  });
  r.get('/jobs/:id', async (req: Request, res: Response) => {
    const id = parse(JobIdParam, req.params.id, 'id');
    res.json(await queue.status(id));
  });
  return r;
}
