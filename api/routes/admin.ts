// Admin routes: API keys (created with the secret shown once, listed, revoked) and the audit chain.
import type { AuditLog } from '../audit/log';
import type { KeyStore } from '../auth/keys';
import { ACCESS, ROLES } from '../auth/roles';
import type { ApiRouter } from '../http/route';
import { z } from '../http/zod';
import { safeText } from '../schemas/common';

const KeyOut = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    prefix: z.string(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiKey');

const CreateKey = z
  .object({ name: safeText(100), role: z.enum(ROLES) })
  .strict()
  .openapi('CreateApiKey');

const Verify = z
  .object({
    ok: z.boolean(),
    entries: z.number().int(),
    lastHash: z.string(),
    bad: z
      .object({
        line: z.number().int(),
        seq: z.number().int(),
        id: z.string(),
        reason: z.string(),
        zh: z.string(),
      })
      .optional(),
  })
  .openapi('AuditVerify');

const AuditEntryOut = z.object({
  seq: z.number().int(),
  id: z.string(),
  ts: z.string(),
  actor: z.object({ keyId: z.string(), name: z.string(), role: z.string() }).nullable(),
  action: z.string(),
  query: z.unknown().optional(),
  results: z.number().optional(),
  status: z.number().optional(),
  detail: z.unknown().optional(),
  prev: z.string(),
  hash: z.string(),
});

export function adminRoutes(r: ApiRouter, keys: KeyStore, audit: AuditLog): void {
  r.add({
    method: 'get',
    path: '/keys',
    summary: 'API 密钥列表（不含密钥本身）(list API keys)',
    tags: ['admin'],
    roles: ACCESS.admin,
    response: z.object({ keys: z.array(KeyOut) }),
    audit: { action: 'keys.list', count: (o) => o.keys.length },
    handler: () => ({ keys: keys.list() }),
  });
  r.add({
    method: 'post',
    path: '/keys',
    summary: '创建 API 密钥（密钥只显示这一次）(create a key; the secret is shown once)',
    tags: ['admin'],
    roles: ACCESS.admin,
    body: CreateKey,
    response: z.object({ key: KeyOut, secret: z.string() }),
    status: 201,
    audit: { action: 'keys.create', query: (i) => i.body, count: () => 1 },
    handler: ({ body }) => keys.create(body),
  });
  r.add({
    method: 'delete',
    path: '/keys/:id',
    summary: '吊销 API 密钥 (revoke a key)',
    tags: ['admin'],
    roles: ACCESS.admin,
    params: z.object({ id: z.string().regex(/^key_[0-9a-f]{12}$/, '密钥编号 (a key id)') }),
    response: KeyOut,
    audit: { action: 'keys.revoke', query: (i) => i.params, count: () => 1 },
    handler: ({ params }) => keys.revoke(params.id),
  });
  r.add({
    method: 'get',
    path: '/audit/verify',
    summary: '校验审计哈希链 (verify the audit hash chain)',
    tags: ['admin'],
    roles: ACCESS.admin,
    response: Verify,
    handler: () => audit.verify(),
  });
  r.add({
    method: 'get',
    path: '/audit',
    summary: '最近的审计记录 (latest audit entries)',
    tags: ['admin'],
    roles: ACCESS.admin,
    query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) }),
    response: z.object({ entries: z.array(AuditEntryOut) }),
    handler: ({ query }) => ({ entries: audit.tail(query.limit) }),
  });
}
