// Shared API schemas: safe strings, entity references, nodes and edges as the API shows them.
import { NODES, NODE_LABELS, type NodeDef, type NodeLabel } from '../../model';
import { z } from '../http/zod';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** No control characters; written as a pattern so the OpenAPI document says so too. */
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const NO_CONTROL = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

/**
 * Text of 1..max characters without control characters or lone surrogates (refused with 422, never crashed
 * on). Not trimmed here: services trim, and a blank value simply matches nothing.
 */
export function safeText(max: number, min = 1) {
  return z
    .string()
    .min(min)
    .max(max)
    .regex(NO_CONTROL, { message: '含有控制字符 (contains control characters)' })
    .refine((s) => !LONE_SURROGATE.test(s), { message: '含有无效字符 (contains invalid characters)' });
}

/** An entity key as given in the import files (USCC, 身份证号, org code, tender id...). */
export const EntityKey = safeText(128).openapi({
  description: '实体编号：统一社会信用代码、身份证号、单位代码、项目编号等',
  example: '91110108MA01XXXXX1',
});

/** Labels an API caller may look up (detection's own Run/Alert nodes have their own endpoints). */
export const ENTITY_LABELS = NODE_LABELS.filter((l) => !(NODES[l] as NodeDef).derived) as [
  NodeLabel,
  ...NodeLabel[],
];
export const EntityLabel = z.enum(ENTITY_LABELS).openapi({ description: '节点类型 (node label)' });

export const IsoDate = z.iso.date().openapi({ description: 'YYYY-MM-DD', example: '2023-06-30' });

export const NodeOut = z
  .object({
    id: z.string().openapi({ description: '`Label:key`' }),
    label: z.string(),
    key: z.string(),
    name: z.string().nullable(),
    properties: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi('Node');
export type NodeOut = z.infer<typeof NodeOut>;

export const EdgeOut = z
  .object({
    id: z.string(),
    type: z.string(),
    zh: z.string(),
    source: z.string().openapi({ description: 'id of the start node (stored direction)' }),
    target: z.string(),
    properties: z.record(z.string(), z.unknown()),
  })
  .openapi('Edge');
export type EdgeOut = z.infer<typeof EdgeOut>;

export const Page = z.object({
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const Ok = z.object({ ok: z.literal(true) });
