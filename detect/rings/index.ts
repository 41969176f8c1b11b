// Co-bidding ring detection (围标串标): reads tenders and bids through the graph port, projects the
// co-bid graph, finds tight groups with seeded Louvain, scores them on behaviour, prices, shared
// identifiers and ownership/kinship paths, and returns rings with Chinese evidence plus run stats.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../core/config';
import type { GraphPort } from '../../graph/port';
import type { Level, Ring } from '../types';
import { findCandidates } from './candidates';
import type { GroupContext } from './groups';
import { resolveOptions, type RingOptions, type RingOptionsInput } from './options';
import { readIdentifiers, readNames, readPaths, readTenders } from './read';
import { scoreGroup, type GroupInputs } from './score';
import type { TenderRow } from './types';

export { buildCoBidGraph, pairJaccard } from './projection';
export { findCommunities } from './communities';
export { scoreGroup, levelOf } from './score';
export { groupContext, pruneGroup } from './groups';
export { modularity } from './modularity';
export { DEFAULTS, resolveOptions } from './options';
export type { RingOptions, RingOptionsInput } from './options';
export type { TenderRow, BidRow, IdentifierRow, MemberPath } from './types';

export interface RingStats {
  seed: number;
  params: RingOptions;
  versions: Record<string, string>;
  /** Hash of every tender id, bidder, price and winner flag read. */
  inputFingerprint: string;
  graph: { companies: number; tenders: number; bids: number; pairs: number };
  communities: number;
  modularity: number;
  candidates: { refined: number; pruned: number; reported: number };
  levels: Record<Level, number>;
  timingsMs: Record<string, number>;
}

function version(pkg: string): string {
  try {
    const file = path.join(ROOT, 'node_modules', pkg, 'package.json');
    return JSON.parse(fs.readFileSync(file, 'utf8')).version as string;
  } catch {
    return 'unknown';
  }
}

export function fingerprint(rows: TenderRow[]): string {
  const h = createHash('sha256');
  for (const t of rows) {
    h.update(t.tender_id);
    for (const b of t.bids) h.update(`|${b.uscc}:${b.price ?? ''}:${b.winner === true ? 1 : 0}`);
    h.update('\n');
  }
  return h.digest('hex').slice(0, 24);
}

function byMember<T>(rows: T[], keys: (r: T) => string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) for (const k of keys(r)) out.set(k, [...(out.get(k) ?? []), r]);
  return out;
}

/** Scores the groups and keeps those at or above minScore, best first (ties by id). */
export function scoreGroups(groups: GroupContext[], inputs: GroupInputs, o: RingOptions): Ring[] {
  const ids = byMember(inputs.identifiers, (r) => [r.uscc]);
  const paths = byMember(inputs.paths, (p) => [p.from]);
  const own = (ctx: GroupContext) => ({
    names: inputs.names,
    identifiers: ctx.members.flatMap((u) => ids.get(u) ?? []),
    paths: ctx.members.flatMap((u) => paths.get(u) ?? []),
  });
  return groups
    .map((ctx) => scoreGroup(ctx, own(ctx), o))
    .filter((r) => r.score >= o.minScore)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}

function pairsOf(groups: GroupContext[]): [string, string][] {
  const out: [string, string][] = [];
  for (const g of groups) {
    for (let i = 0; i < g.members.length; i++) {
      for (let j = i + 1; j < g.members.length; j++) out.push([g.members[i], g.members[j]]);
    }
  }
  return out;
}

/** Pure detection over rows already in memory, with identifiers and paths supplied by the caller. */
export function detectRingsInMemory(
  rows: TenderRow[],
  inputs: GroupInputs,
  options: RingOptionsInput = {},
): { rings: Ring[]; modularity: number; groups: GroupContext[] } {
  const o = resolveOptions(options);
  const c = findCandidates(rows, o);
  return { rings: scoreGroups(c.groups, inputs, o), modularity: c.modularity, groups: c.groups };
}

export async function detectRings(
  graph: GraphPort,
  options: RingOptionsInput = {},
): Promise<{ rings: Ring[]; stats: RingStats }> {
  const o = resolveOptions(options);
  const t0 = performance.now();
  const rows = await readTenders(graph, o.pageSize);
  const read = performance.now() - t0;
  const c = findCandidates(rows, o);
  let t = performance.now();
  const usccs = [...new Set(c.groups.flatMap((g) => g.members))].sort();
  const [names, identifiers, paths] = await Promise.all([
    readNames(graph, usccs),
    readIdentifiers(graph, usccs),
    readPaths(graph, pairsOf(c.groups), o.maxPathNodeDegree),
  ]);
  const inputs: GroupInputs = { names, identifiers, paths };
  const links = performance.now() - t;
  t = performance.now();
  const rings = scoreGroups(c.groups, inputs, o);
  const score = performance.now() - t;
  const levels: Record<Level, number> = { 一级: 0, 二级: 0, 三级: 0 };
  for (const r of rings) levels[r.level] += 1;
  const { graph: g } = c.projection;
  return {
    rings,
    stats: {
      seed: o.seed,
      params: o,
      versions: {
        graphology: version('graphology'),
        'graphology-communities-louvain': version('graphology-communities-louvain'),
      },
      inputFingerprint: fingerprint(rows),
      graph: {
        companies: g.order,
        tenders: rows.length,
        bids: rows.reduce((a, r) => a + r.bids.length, 0),
        pairs: g.size,
      },
      communities: c.communities,
      modularity: c.modularity,
      candidates: { refined: c.refined, pruned: c.groups.length, reported: rings.length },
      levels,
      timingsMs: { read, ...c.timingsMs, links, score, total: performance.now() - t0 },
    },
  };
}
