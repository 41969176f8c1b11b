// Entity search, detail, neighbourhood and paths: requests and responses.
import { z } from '../http/zod';
import { EdgeOut, ENTITY_LABELS, EntityKey, EntityLabel, IsoDate, NodeOut, safeText } from './common';

/** A comma-separated list whose items match `item`; the pattern is in the document, the value is an array. */
function commaList(item: string, max: number) {
  return z
    .string()
    .max(max)
    .regex(new RegExp(`^${item}(,${item})*$`), {
      message: `逗号分隔的列表，每项形如 ${item} (a comma-separated list)`,
    })
    .transform((s) => s.split(','));
}

const labelList = commaList(`(${ENTITY_LABELS.join('|')})`, 200)
  .optional()
  .openapi({ description: '逗号分隔的节点类型 (comma-separated labels)', example: 'Company,Person' });

export const SearchQuery = z.object({
  q: safeText(100).openapi({
    description: '名称片段或编号 (a name fragment or an exact id)',
    example: '建设',
  }),
  labels: labelList,
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

export const SearchHit = z.object({
  node: NodeOut,
  score: z.number(),
  match: z.enum(['id', 'name']),
});
export const SearchResponse = z
  .object({ q: z.string(), total: z.number().int(), hits: z.array(SearchHit) })
  .openapi('SearchResponse');
export type SearchResponse = z.infer<typeof SearchResponse>;

export const EntityParams = z.object({ label: EntityLabel, key: EntityKey });

export const EntityDetail = z
  .object({
    node: NodeOut,
    relationships: z.array(
      z.object({
        type: z.string(),
        zh: z.string(),
        direction: z.enum(['out', 'in']),
        count: z.number().int(),
      }),
    ),
  })
  .openapi('EntityDetail');
export type EntityDetail = z.infer<typeof EntityDetail>;

export const NeighboursQuery = z.object({
  types: commaList('[A-Z_]{1,40}', 500).optional().openapi({
    description: '只看这些关系类型 (only these relationship types)',
    example: 'HOLDS_SHARES,RELATIVE_OF',
  }),
  perType: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .optional()
    .openapi({ description: '每种关系最多显示的邻居数' }),
});

export const NeighbourGroup = z.object({
  type: z.string(),
  zh: z.string(),
  shown: z.number().int(),
  total: z.number().int(),
  more: z.number().int().openapi({ description: '未显示的数量 ("and N more")' }),
});

export const Neighbourhood = z
  .object({
    center: NodeOut,
    nodes: z.array(NodeOut),
    edges: z.array(EdgeOut),
    groups: z.array(NeighbourGroup),
  })
  .openapi('Neighbourhood');
export type Neighbourhood = z.infer<typeof Neighbourhood>;

export const PathsQuery = z.object({
  fromLabel: EntityLabel,
  fromKey: EntityKey,
  toLabel: EntityLabel,
  toKey: EntityKey,
  maxHops: z.coerce.number().int().min(1).max(6).optional().openapi({ description: '最大跳数 ≤ 6，默认 4' }),
  asOf: IsoDate.optional(),
  limit: z.coerce.number().int().min(1).max(50).optional(),
});

export const PathOut = z.object({
  length: z.number().int(),
  nodes: z.array(NodeOut),
  hops: z.array(EdgeOut),
});
export const PathsResponse = z
  .object({
    from: NodeOut,
    to: NodeOut,
    maxHops: z.number().int(),
    asOf: z.string().nullable(),
    paths: z.array(PathOut),
  })
  .openapi('PathsResponse');
export type PathsResponse = z.infer<typeof PathsResponse>;
