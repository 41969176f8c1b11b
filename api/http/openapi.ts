// The OpenAPI 3.1 document, generated from the same zod schemas the routes validate with.
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from './zod';

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    code: z.string().openapi({ description: '稳定的错误代码 (stable error code)' }),
    zh: z.string(),
    en: z.string(),
    field: z.string().optional().openapi({ description: '出错的字段 (the offending field)' }),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    requestId: z.string().optional(),
  })
  .openapi('Problem', { description: 'RFC 9457 problem details' });

const PROBLEM_STATUSES = {
  400: '请求无效 (bad request)',
  401: '缺少或无效的 API 密钥 (missing or invalid API key)',
  403: '角色无权调用 (role not allowed)',
  404: '不存在 (not found)',
  409: '与当前状态冲突 (conflict)',
  413: '请求体过大 (content too large)',
  415: '不支持的内容类型 (unsupported media type)',
  422: '字段校验失败 (a field failed validation)',
  429: '请求过于频繁 (rate limited)',
  503: 'Neo4j 不可用，稍后重试 (Neo4j unavailable; retry after)',
} as const;

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: Problem } },
});

/** The problem responses every route may give (public routes cannot give 401/403/429). */
export function problemResponses(publicRoute: boolean) {
  const out: Record<string, ReturnType<typeof problem>> = {};
  for (const [s, d] of Object.entries(PROBLEM_STATUSES)) {
    if (publicRoute && ['401', '403', '429'].includes(s)) continue;
    out[s] = problem(d);
  }
  out.default = problem('其他错误 (other error)');
  return out;
}

export function newRegistry(): OpenAPIRegistry {
  const r = new OpenAPIRegistry();
  r.register('Problem', Problem);
  r.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'Authorization: Bearer mjk_…',
  });
  r.registerComponent('securitySchemes', 'apiKey', { type: 'apiKey', in: 'header', name: 'X-API-Key' });
  return r;
}

export function generateDocument(registry: OpenAPIRegistry, version: string) {
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: '明镜 Mingjing API',
      version,
      description:
        '关联关系、利益冲突核查、股权穿透、围标串标与预警处置接口。所有接口（健康检查除外）需要 API 密钥。\n\n' +
        'Relationship engine API for discipline-inspection investigators. Every endpoint except health needs an API key.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }, { apiKey: [] }],
  });
}
