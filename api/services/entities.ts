// Entity lookups for investigators: search by name or id, detail, neighbourhood with caps, paths.
import { NotFoundError } from '../../core/errors';
import { cypher } from '../../graph/cypher';
import type { PlainNode, PlainRel } from '../../graph/plain';
import type { GraphPort } from '../../graph/port';
import type { ApiOptions } from '../options';
import type { EntityDetail, Neighbourhood, PathsResponse, SearchResponse } from '../schemas/entities';
import { withHops } from './hops';
import { normaliseEmail, normaliseKey, normalisePhone } from './keys';
import { nodeId, relZh, toEdge, toNode } from './shape';

/** A Lucene phrase query for the text, every special character escaped. */
export function phraseQuery(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

type Hit = { node: PlainNode; score: number };

export async function searchEntities(
  g: GraphPort,
  q: string,
  labels: string[] | undefined,
  limit: number,
): Promise<SearchResponse> {
  q = q.trim();
  if (q === '') return { q, total: 0, hits: [] };
  const key = normaliseKey(q);
  const exact = await g.read<Hit>(cypher('api-search-keys'), {
    key,
    phone: normalisePhone(q),
    email: normaliseEmail(q),
  });
  const want = labels?.length ? labels : null;
  const byId = exact.filter((h) => !want || h.node.labels.some((l) => want.includes(l)));
  const params = { lucene: phraseQuery(q), q, labels: want, limit, fetch: want ? limit * 5 : limit };
  let names = await g.read<Hit>(cypher('api-search-names'), params, { timeoutMs: 5000 });
  if (names.length === 0 && [...q].length < 2) {
    names = await g.read<Hit>(cypher('api-search-contains'), params, { timeoutMs: 5000 });
  }
  const seen = new Set(byId.map((h) => h.node.id));
  const hits = [
    ...byId.map((h) => ({ node: toNode(h.node), score: h.score, match: 'id' as const })),
    ...names
      .filter((h) => !seen.has(h.node.id))
      .map((h) => ({
        node: toNode(h.node),
        score: Math.round(h.score * 1000) / 1000,
        match: 'name' as const,
      })),
  ].slice(0, limit);
  return { q, total: hits.length, hits };
}

function notFound(label: string, key: string, field = 'params.key'): NotFoundError {
  return new NotFoundError('entity.not_found', `没有找到 ${label} ${key}`, `no ${label} with key ${key}`, {
    field,
  });
}

export async function entityDetail(g: GraphPort, label: string, key: string): Promise<EntityDetail> {
  const k = normaliseKey(key);
  const rows = await g.read<{
    n: PlainNode;
    rels: { type: string; direction: 'out' | 'in'; count: number }[];
  }>(cypher('api-find-entity'), { label, key: k });
  if (!rows[0]) throw notFound(label, k);
  const rels = rows[0].rels
    .map((r) => ({ ...r, zh: relZh(r.type) }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  return { node: toNode(rows[0].n, true), relationships: rels };
}

interface Group {
  type: string;
  total: number;
  items: [PlainRel, PlainNode][];
}

export async function neighbours(
  g: GraphPort,
  label: string,
  key: string,
  types: string[] | undefined,
  perType: number,
): Promise<Neighbourhood> {
  const k = normaliseKey(key);
  const rows = await g.read<{ n: PlainNode; groups: Group[] }>(cypher('api-find-neighbours'), {
    label,
    key: k,
    types: types?.length ? types : null,
    perType,
  });
  if (!rows[0]) throw notFound(label, k);
  const { n, groups } = rows[0];
  const ids = new Map<string, string>([[n.id, nodeId(n)]]);
  const nodes = new Map<string, ReturnType<typeof toNode>>();
  for (const grp of groups)
    for (const [, m] of grp.items) {
      ids.set(m.id, nodeId(m));
      nodes.set(m.id, toNode(m));
    }
  const edges = groups.flatMap((grp) => grp.items.map(([r]) => toEdge(r, ids)));
  const out = groups
    .map((grp) => ({
      type: grp.type,
      zh: relZh(grp.type),
      shown: grp.items.length,
      total: grp.total,
      more: grp.total - grp.items.length,
    }))
    .sort((a, b) => a.type.localeCompare(b.type));
  return { center: toNode(n, true), nodes: [...nodes.values()], edges, groups: out };
}

export interface PathsInput {
  fromLabel: string;
  fromKey: string;
  toLabel: string;
  toKey: string;
  maxHops?: number;
  asOf?: string;
  limit?: number;
}

export async function findPaths(g: GraphPort, q: PathsInput, o: ApiOptions['coi']): Promise<PathsResponse> {
  const maxHops = q.maxHops ?? o.maxHops;
  const [fromKey, toKey] = [normaliseKey(q.fromKey), normaliseKey(q.toKey)];
  const rows = await g.read<{
    a: PlainNode | null;
    b: PlainNode | null;
    paths: { nodes: PlainNode[]; rels: PlainRel[] }[];
  }>(
    withHops(cypher('api-find-paths'), '*..6]', maxHops),
    {
      fromLabel: q.fromLabel,
      fromKey,
      toLabel: q.toLabel,
      toKey,
      asOf: q.asOf ?? null,
      limit: q.limit ?? 10,
      maxIdentifierDegree: o.maxIdentifierDegree,
    },
    { timeoutMs: 10_000 },
  );
  const r = rows[0];
  if (!r?.a) throw notFound(q.fromLabel, fromKey, 'query.fromKey');
  if (!r.b) throw notFound(q.toLabel, toKey, 'query.toKey');
  const paths = r.paths.map((p) => {
    const ids = new Map(p.nodes.map((n) => [n.id, nodeId(n)]));
    return {
      length: p.rels.length,
      nodes: p.nodes.map((n) => toNode(n)),
      hops: p.rels.map((x) => toEdge(x, ids)),
    };
  });
  return { from: toNode(r.a), to: toNode(r.b), maxHops, asOf: q.asOf ?? null, paths };
}
