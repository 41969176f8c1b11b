// The queue dashboard (bull-board) as an Express router; the API mounts it behind its admin key check.
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Router } from 'express';
import type { JobQueue } from './queue';

/** `basePath` is where the router is mounted (e.g. `/admin/queues`), so the board's links resolve. */
export function boardRouter(queue: JobQueue, basePath: string): Router {
  const server = new ExpressAdapter();
  server.setBasePath(basePath);
  createBullBoard({
    queues: queue.bullQueues().map((q) => new BullMQAdapter(q)),
    // @bull-board/express pins its own copy of @bull-board/api (9.10.1 vs our 9.10.2): same shape, separate types.
    serverAdapter: server as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
    options: { uiConfig: { boardTitle: '明镜 任务队列' } },
  });
  return server.getRouter() as Router;
}
