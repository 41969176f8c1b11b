// From tenders to candidate groups: co-bid projection → Louvain → refinement → member pruning.
import { findCommunities } from './communities';
import { pruneGroup, type GroupContext } from './groups';
import type { RingOptions } from './options';
import { buildCoBidGraph, type Projection } from './projection';
import type { TenderRow } from './types';

export interface Candidates {
  projection: Projection;
  /** Top-level Louvain modularity and community count. */
  modularity: number;
  communities: number;
  /** Groups produced by refinement, before member pruning. */
  refined: number;
  groups: GroupContext[];
  timingsMs: { project: number; louvain: number; prune: number };
}

export function findCandidates(rows: TenderRow[], o: RingOptions): Candidates {
  let t = performance.now();
  const projection = buildCoBidGraph(rows, o);
  const project = performance.now() - t;
  t = performance.now();
  const found = findCommunities(projection.graph, o);
  const louvain = performance.now() - t;
  t = performance.now();
  const seen = new Set<string>();
  const groups: GroupContext[] = [];
  for (const members of found.groups) {
    const ctx = pruneGroup(members, projection.index, o);
    if (!ctx || ctx.members.length > o.maxGroupSize) continue;
    const key = ctx.members.join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    groups.push(ctx);
  }
  return {
    projection,
    modularity: found.modularity,
    communities: found.count,
    refined: found.groups.length,
    groups,
    timingsMs: { project, louvain, prune: performance.now() - t },
  };
}
