// 股权穿透 against the graph: loads the upstream ownership subgraph of a company (or all links, for
// the bulk form) and runs the pure computation in control.ts / bulk.ts.
import { NotFoundError } from '../../core/errors';
import { cypher } from '../../graph/cypher';
import type { GraphPort } from '../../graph/port';
import { controlRows, type BulkOptions, type ControlRow } from './bulk';
import {
  OwnershipIndex,
  controlOf,
  describePath,
  resolveControlOptions,
  type ControlOptions,
  type ControlResult,
  type OwnershipEdge,
} from './control';

interface HolderRow {
  company: string;
  companyName: string | null;
  holder: string | null;
  holderLabel: string;
  holderName: string | null;
  pct: number | null;
}

function toEdge(r: HolderRow): OwnershipEdge {
  return {
    holder: r.holder as string,
    holderLabel: r.holderLabel,
    holderName: r.holderName ?? undefined,
    company: r.company,
    companyName: r.companyName ?? undefined,
    pct: r.pct ?? 0,
  };
}

/** Upstream shareholding links of a company, level by level up to `maxDepth` links. */
export async function loadUpstream(g: GraphPort, uscc: string, maxDepth: number): Promise<OwnershipEdge[]> {
  const edges: OwnershipEdge[] = [];
  const seen = new Set<string>([uscc]);
  let frontier = [uscc];
  for (let depth = 0; depth < maxDepth && frontier.length > 0; depth++) {
    const rows = await g.read<HolderRow & Record<string, unknown>>(cypher('find-control-holders'), {
      usccs: frontier,
    });
    if (depth === 0 && rows.length === 0) {
      throw new NotFoundError(
        'company.not_found',
        `未找到统一社会信用代码为 ${uscc} 的企业`,
        `no company with USCC ${uscc}`,
        { field: 'uscc' },
      );
    }
    const next: string[] = [];
    for (const r of rows) {
      if (r.holder === null) continue;
      edges.push(toEdge(r));
      if (r.holderLabel === 'Company' && !seen.has(r.holder)) {
        seen.add(r.holder);
        next.push(r.holder);
      }
    }
    frontier = next;
  }
  return edges;
}

export interface PenetrationResult extends ControlResult {
  /** 中文 chains of the largest holders, for the API and evidence. */
  chains: { holder: string; name: string; pct: number; paths: string[] }[];
}

/** 股权穿透 of one company: everyone upstream with cumulative control, and the actual controller. */
export async function penetrate(
  g: GraphPort,
  uscc: string,
  opts: Partial<ControlOptions> = {},
): Promise<PenetrationResult> {
  const o = resolveControlOptions(opts);
  const ix = new OwnershipIndex(await loadUpstream(g, uscc, o.maxDepth));
  const res = controlOf(ix, uscc, o);
  if (res.companyName === uscc) {
    const own = await g.read(cypher('find-control-holders'), { usccs: [uscc] });
    res.companyName = String(own[0]?.companyName ?? uscc);
  }
  const chains = res.holders.map((h) => ({
    holder: h.key,
    name: h.name,
    pct: h.pct,
    paths: h.paths.map((p) => describePath(ix, p)),
  }));
  return { ...res, chains };
}

/** All shareholding links in the graph. */
export async function loadOwnership(g: GraphPort): Promise<OwnershipEdge[]> {
  const rows = await g.read<HolderRow & Record<string, unknown>>(cypher('find-control-edges'));
  return rows.filter((r) => r.holder !== null).map(toEdge);
}

/** Bulk form for rules: (person, company) pairs with cumulative control ≥ `floor`. */
export async function controlTable(g: GraphPort, opts: Partial<BulkOptions> = {}): Promise<ControlRow[]> {
  return controlRows(await loadOwnership(g), opts);
}
