// Custom read-only Cypher for analysts: checked (text and EXPLAIN plan), run in a READ transaction with
// a timeout and a row cap.
import type { AnalystPort } from '../../graph/port';
import { ACCESS } from '../auth/roles';
import type { ApiRouter } from '../http/route';
import { z } from '../http/zod';
import type { ApiOptions } from '../options';
import { safeText } from '../schemas/common';
import { ALLOWED_PROCEDURES } from '../services/cypher-guard';
import { runCustomCypher } from '../services/custom-cypher';

export const CypherRequest = z
  .object({
    query: safeText(20_000).openapi({ example: 'MATCH (c:Company) RETURN c.name LIMIT 10' }),
    params: z
      .record(z.string().max(100), z.unknown())
      .optional()
      .refine((p) => p === undefined || JSON.stringify(p).length <= 100_000, {
        message: '参数过大 (parameters too large)',
      }),
  })
  .strict()
  .openapi('CypherRequest');

export const CypherResult = z
  .object({
    columns: z.array(z.string()),
    rows: z.array(z.record(z.string(), z.unknown())),
    truncated: z.boolean(),
    maxRows: z.number().int(),
    ms: z.number(),
  })
  .openapi('CypherResult');

export function cypherRoutes(r: ApiRouter, g: AnalystPort, o: ApiOptions): void {
  r.add({
    method: 'post',
    path: '/cypher',
    summary: '自定义只读 Cypher（分析人员）(custom read-only Cypher for analysts)',
    description:
      `只读事务执行，超时 ${o.cypher.timeoutMs} ms，最多 ${o.cypher.maxRows} 行。拒绝写操作、LOAD CSV、多条语句、CALL {} IN TRANSACTIONS、apoc/dbms；` +
      `允许的过程：${ALLOWED_PROCEDURES.join(', ')}。`,
    tags: ['cypher'],
    roles: ACCESS.cypher,
    body: CypherRequest,
    response: CypherResult,
    audit: { action: 'cypher.run', query: (i) => ({ query: i.body.query }), count: (out) => out.rows.length },
    handler: async ({ body }) => ({
      ...(await runCustomCypher(g, body.query, (body.params ?? {}) as Record<string, unknown>, o.cypher)),
      maxRows: o.cypher.maxRows,
    }),
  });
}
