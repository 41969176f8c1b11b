// Health (no key; the process is up) and readiness (Neo4j answers; 503 while it does not).
import type { GraphPort } from '../../graph/port';
import type { ApiRouter } from '../http/route';
import { z } from '../http/zod';
import { ACCESS } from '../auth/roles';

export const Health = z
  .object({ status: z.literal('ok'), version: z.string(), uptimeSeconds: z.number() })
  .openapi('Health');
export const Ready = z
  .object({ status: z.literal('ready'), neo4j: z.literal('up'), ms: z.number() })
  .openapi('Ready');

export function healthRoutes(r: ApiRouter, g: GraphPort, version: string): void {
  r.add({
    method: 'get',
    path: '/health',
    summary: '存活检查（无需密钥）(liveness, no key)',
    tags: ['health'],
    roles: 'public',
    response: Health,
    handler: () => ({ status: 'ok' as const, version, uptimeSeconds: Math.round(process.uptime()) }),
  });
  r.add({
    method: 'get',
    path: '/ready',
    summary: '就绪检查：Neo4j 可用 (readiness: Neo4j reachable; 503 otherwise)',
    tags: ['health'],
    roles: ACCESS.read,
    response: Ready,
    handler: async () => {
      const t0 = performance.now();
      await g.ping();
      return { status: 'ready' as const, neo4j: 'up' as const, ms: Math.round(performance.now() - t0) };
    },
  });
}
