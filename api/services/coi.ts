// Conflict-of-interest check: one bounded Cypher query for the whole batch (index seeks, then a
// bidirectional shortest-path search with inline predicates), scored and explained in JS.
import { cypher } from '../../graph/cypher';
import type { PlainNode, PlainRel } from '../../graph/plain';
import type { QuickReadPort } from '../../graph/port';
import { KINDS, type KindDef } from '../../model';
import type { ApiOptions } from '../options';
import type { CoiAnswer, CoiRequest, CoiResponse } from '../schemas/coi';
import { chainPct, pathScore, scoreHops, type ScoredHop } from './coi-score';
import { withHops } from './hops';
import { normaliseKey } from './keys';
import { nodeId, relZh, toNode } from './shape';

interface Row {
  i: number;
  a: PlainNode | null;
  b: PlainNode | null;
  paths: { path: { nodes: PlainNode[]; rels: PlainRel[] }; degrees: (number | null)[] }[];
}

/** Which import kinds make each relationship type, for a hop's `source`. */
const SOURCES = new Map<string, string[]>();
for (const k of Object.values(KINDS) as KindDef[])
  for (const c of Object.values(k.columns))
    if (c.makes) SOURCES.set(c.makes, [...(SOURCES.get(c.makes) ?? []), k.zh]);

export function pairsOf(req: CoiRequest): { a: string; b: string }[] {
  const raw = 'pairs' in req ? req.pairs : req.against.map((b) => ({ a: req.subject, b }));
  return raw.map((p) => ({ a: normaliseKey(p.a), b: normaliseKey(p.b) }));
}

function hopOut(h: ScoredHop, ids: Map<string, string>) {
  const p = h.rel.properties;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    type: h.rel.type,
    zh: relZh(h.rel.type),
    from: ids.get(h.rel.start) ?? h.rel.start,
    to: ids.get(h.rel.end) ?? h.rel.end,
    typology: h.kind,
    weight: Math.round(h.weight * 1000) / 1000,
    relation: str(p.relation),
    sharePct: typeof p.share_pct === 'number' ? p.share_pct : undefined,
    role: str(p.role) ?? (h.rel.type === 'LEGAL_REP_OF' ? '法定代表人' : str(p.position)),
    since: str(p.since),
    start: str(p.start),
    end: str(p.end),
    identifier: h.identifier,
    source: str(p.source) ?? (SOURCES.get(h.rel.type) ?? []).join('/'),
  };
}

function pathOut(p: Row['paths'][number], asOf: string | undefined) {
  const { nodes, rels } = p.path;
  const hops = scoreHops(nodes, rels, p.degrees, undefined, asOf);
  const ids = new Map(nodes.map((n) => [n.id, nodeId(n)]));
  return {
    length: rels.length,
    score: pathScore(hops),
    typologies: [...new Set(hops.map((h) => h.kind))],
    controlPct: chainPct(hops),
    nodes: nodes.map((n) => toNode(n)),
    hops: hops.map((h) => hopOut(h, ids)),
  };
}

/** A path that visits a node twice is a detour of a shorter one: dropped. */
const simple = (p: Row['paths'][number]) =>
  new Set(p.path.nodes.map((n) => n.id)).size === p.path.nodes.length;

export async function checkConflicts(
  g: QuickReadPort,
  req: CoiRequest,
  o: ApiOptions['coi'],
  audit: (a: { query: unknown; results: number; detail: unknown }) => string,
): Promise<CoiResponse> {
  const pairs = pairsOf(req);
  const maxHops = req.maxHops ?? o.maxHops;
  const maxPaths = req.maxPaths ?? o.maxPaths;
  const rows = await g.readAuto<Row & Record<string, unknown>>(
    withHops(cypher('api-check-conflicts'), '*..4]', maxHops),
    {
      pairs: pairs.map((p, i) => ({ ...p, i })),
      maxIdentifierDegree: o.maxIdentifierDegree,
      asOf: req.asOf ?? null,
      maxCandidates: Math.max(20, maxPaths * 4),
    },
    { timeoutMs: o.timeoutMs, metadata: { app: 'mingjing', api: 'coi' } },
  );
  rows.sort((x, y) => x.i - y.i);
  const answers: CoiAnswer[] = rows.map((r) => {
    const pair = pairs[r.i];
    const paths = r.paths
      .filter(simple)
      .map((p) => pathOut(p, req.asOf))
      .sort((x, y) => y.score - x.score || x.length - y.length);
    const top = paths.slice(0, maxPaths);
    const same = r.a !== null && r.b !== null && r.a.id === r.b.id;
    const answer = {
      a: { query: pair.a, node: r.a ? toNode(r.a) : null },
      b: { query: pair.b, node: r.b ? toNode(r.b) : null },
      connected: same || paths.length > 0,
      sameParty: same,
      hops: same ? 0 : paths.length ? Math.min(...paths.map((p) => p.length)) : null,
      score: same ? 1 : (top[0]?.score ?? 0),
      typologies: [...new Set(top.flatMap((p) => p.typologies))],
      controlPct: top.reduce<number | null>(
        (m, p) => (p.controlPct === null ? m : Math.max(m ?? 0, p.controlPct)),
        null,
      ),
      paths: top,
    };
    const auditId = audit({
      query: { a: pair.a, b: pair.b, maxHops, asOf: req.asOf ?? null },
      results: paths.length,
      detail: { connected: answer.connected, score: answer.score, found: { a: !!r.a, b: !!r.b } },
    });
    return { ...answer, auditId };
  });
  return { maxHops, asOf: req.asOf ?? null, maxIdentifierDegree: o.maxIdentifierDegree, answers };
}
