// Ring detection for one partition of a run (the tenders of some regions), built from detect/rings' own
// steps (candidates → shared identifiers and paths → scores), so partitions score exactly as a whole run does.
import { cypher } from '../graph/cypher';
import type { GraphPort } from '../graph/port';
import {
  fingerprint,
  resolveOptions,
  scoreGroups,
  type RingOptionsInput,
  type TenderRow,
} from '../detect/rings';
import { findCandidates } from '../detect/rings/candidates';
import { readIdentifiers, readNames, readPaths } from '../detect/rings/read';
import type { Ring } from '../detect/types';

export interface RegionRings {
  rings: Ring[];
  inputFingerprint: string;
  counts: { tenders: number; bids: number; candidates: number; rings: number };
  timingsMs: Record<string, number>;
}

/** The tenders of the given regions with their bids, paged on tender_id ('' = no region). */
export async function readTendersIn(g: GraphPort, regions: string[], pageSize: number): Promise<TenderRow[]> {
  const out: TenderRow[] = [];
  let after = '';
  for (;;) {
    const page = await g.read<TenderRow & Record<string, unknown>>(
      cypher('jobs-read-tender-bids-by-region'),
      {
        regions,
        after,
        limit: pageSize,
      },
    );
    for (const t of page) {
      t.bids.sort((a, b) => (a.uscc < b.uscc ? -1 : a.uscc > b.uscc ? 1 : 0));
      out.push(t);
    }
    if (page.length < pageSize) return out;
    after = page[page.length - 1].tender_id;
  }
}

function memberPairs(groups: { members: string[] }[]): [string, string][] {
  const out: [string, string][] = [];
  for (const { members: m } of groups) {
    for (let i = 0; i < m.length; i++) for (let j = i + 1; j < m.length; j++) out.push([m[i], m[j]]);
  }
  return out;
}

export async function ringsForRegions(
  g: GraphPort,
  regions: string[],
  options: RingOptionsInput,
): Promise<RegionRings> {
  const o = resolveOptions(options);
  const t0 = performance.now();
  const rows = await readTendersIn(g, regions, o.pageSize);
  const read = performance.now() - t0;
  const c = findCandidates(rows, o);
  let t = performance.now();
  const usccs = [...new Set(c.groups.flatMap((x) => x.members))].sort();
  const inputs = {
    names: await readNames(g, usccs),
    identifiers: await readIdentifiers(g, usccs),
    paths: await readPaths(g, memberPairs(c.groups), o.maxPathNodeDegree),
  };
  const links = performance.now() - t;
  t = performance.now();
  const rings = scoreGroups(c.groups, inputs, o);
  return {
    rings,
    inputFingerprint: fingerprint(rows),
    counts: {
      tenders: rows.length,
      bids: rows.reduce((a, r) => a + r.bids.length, 0),
      candidates: c.groups.length,
      rings: rings.length,
    },
    timingsMs: { read, ...c.timingsMs, links, score: performance.now() - t, total: performance.now() - t0 },
  };
}
