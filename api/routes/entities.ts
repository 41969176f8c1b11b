// Entity routes: search, detail, neighbourhood, paths.
import type { GraphPort } from '../../graph/port';
import { ACCESS } from '../auth/roles';
import type { ApiRouter } from '../http/route';
import type { ApiOptions } from '../options';
import {
  EntityDetail,
  EntityParams,
  Neighbourhood,
  NeighboursQuery,
  PathsQuery,
  PathsResponse,
  SearchQuery,
  SearchResponse,
} from '../schemas/entities';
import { entityDetail, findPaths, neighbours, searchEntities } from '../services/entities';

export function entityRoutes(r: ApiRouter, g: GraphPort, o: ApiOptions): void {
  r.add({
    method: 'get',
    path: '/search',
    summary: '按名称（中文片段）或编号检索实体 (search by name fragment or exact id)',
    description:
      '名称走 entity_search 全文索引（CJK 分词）；统一社会信用代码、身份证号、单位代码、项目编号、电话、邮箱精确匹配。',
    tags: ['entities'],
    roles: ACCESS.read,
    query: SearchQuery,
    response: SearchResponse,
    audit: { action: 'entity.search', query: (i) => i.query, count: (o) => o.hits.length },
    handler: ({ query }) => searchEntities(g, query.q, query.labels, query.limit ?? o.search.limit),
  });
  r.add({
    method: 'get',
    path: '/entities/:label/:key',
    summary: '实体详情 (entity detail)',
    tags: ['entities'],
    roles: ACCESS.read,
    params: EntityParams,
    response: EntityDetail,
    audit: { action: 'entity.detail', query: (i) => i.params, count: () => 1 },
    handler: ({ params }) => entityDetail(g, params.label, params.key),
  });
  r.add({
    method: 'get',
    path: '/entities/:label/:key/neighbours',
    summary: '邻居展开：每种关系限量并给出剩余数量 (neighbourhood, capped per type, with "and N more")',
    tags: ['entities'],
    roles: ACCESS.read,
    params: EntityParams,
    query: NeighboursQuery,
    response: Neighbourhood,
    audit: {
      action: 'entity.neighbours',
      query: (i) => ({ ...i.params, ...i.query }),
      count: (o) => o.nodes.length,
    },
    handler: ({ params, query }) =>
      neighbours(g, params.label, params.key, query.types, query.perType ?? o.neighbours.perType),
  });
  r.add({
    method: 'get',
    path: '/paths',
    summary:
      '两个实体之间 k 跳以内的最短路径，可按日期 (shortest paths within k ≤ 6 hops, optionally as of a date)',
    tags: ['entities'],
    roles: ACCESS.read,
    query: PathsQuery,
    response: PathsResponse,
    audit: { action: 'entity.paths', query: (i) => i.query, count: (o) => o.paths.length },
    handler: ({ query }) => findPaths(g, query, o.coi),
  });
}
