// 股权穿透 of a company through detect's penetrate: cumulative control, the actual controller, chains.
import { penetrate } from '../../detect';
import type { GraphPort } from '../../graph/port';
import { ACCESS } from '../auth/roles';
import type { ApiRouter } from '../http/route';
import { z } from '../http/zod';
import { EntityKey } from '../schemas/common';
import { normaliseKey } from '../services/keys';

const Holding = z.object({
  key: z.string(),
  label: z.string(),
  name: z.string(),
  pct: z.number(),
  direct: z.number(),
  ultimate: z.boolean(),
  paths: z.array(z.object({ nodes: z.array(z.string()), pcts: z.array(z.number()), pct: z.number() })),
});

export const Ownership = z
  .object({
    company: z.string(),
    companyName: z.string(),
    holders: z.array(Holding),
    controller: z
      .object({
        key: z.string(),
        label: z.string(),
        name: z.string(),
        pct: z.number(),
        basis: z.enum(['majority', 'largest']),
        note: z.string(),
      })
      .nullable(),
    cut: z.object({ depth: z.number().int(), cycles: z.number().int() }),
    chains: z.array(
      z.object({ holder: z.string(), name: z.string(), pct: z.number(), paths: z.array(z.string()) }),
    ),
  })
  .openapi('Ownership');

export const OwnershipQuery = z.object({
  threshold: z.coerce
    .number()
    .min(0)
    .max(100)
    .optional()
    .openapi({ description: '实际控制人阈值 %，默认 50' }),
  maxDepth: z.coerce
    .number()
    .int()
    .min(1)
    .max(10)
    .optional()
    .openapi({ description: '最大穿透层数，默认 6' }),
});

export function ownershipRoutes(r: ApiRouter, g: GraphPort): void {
  r.add({
    method: 'get',
    path: '/companies/:uscc/ownership',
    summary: '股权穿透：累计控制比例与实际控制人 (ownership penetration and actual controller)',
    tags: ['ownership'],
    roles: ACCESS.read,
    params: z.object({ uscc: EntityKey }),
    query: OwnershipQuery,
    response: Ownership,
    audit: {
      action: 'ownership.penetrate',
      query: (i) => ({ ...i.params, ...i.query }),
      count: (o) => o.holders.length,
    },
    handler: ({ params, query }) => penetrate(g, normaliseKey(params.uscc), query),
  });
}
