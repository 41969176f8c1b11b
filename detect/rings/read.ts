// Reads what ring detection needs from Neo4j through the graph port, one cypher/ file per query.
import { cypher } from '../../graph/cypher';
import type { GraphPort } from '../../graph/port';
import type { IdentifierRow, MemberPath, PathStep, TenderRow } from './types';

const CHUNK = 2000;

function chunks<T>(xs: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

/** Every tender with its bids, paged by tender_id; bids sorted by bidder so input order is stable. */
export async function readTenders(graph: GraphPort, pageSize: number): Promise<TenderRow[]> {
  const out: TenderRow[] = [];
  let after = '';
  for (;;) {
    const page = await graph.read<TenderRow & Record<string, unknown>>(cypher('detect-read-tender-bids'), {
      after,
      limit: pageSize,
    });
    for (const t of page) {
      t.bids.sort((a, b) => (a.uscc < b.uscc ? -1 : a.uscc > b.uscc ? 1 : 0));
      out.push(t);
    }
    if (page.length < pageSize) return out;
    after = page[page.length - 1].tender_id;
  }
}

export async function readNames(graph: GraphPort, usccs: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const part of chunks(usccs)) {
    const rows = await graph.read<{ uscc: string; name: string | null }>(
      cypher('detect-read-company-names'),
      {
        usccs: part,
      },
    );
    for (const r of rows) if (r.name) names.set(r.uscc, r.name);
  }
  return names;
}

/** Shared-identifier candidates of the given companies: contact details, devices, IPs and bid managers. */
export async function readIdentifiers(graph: GraphPort, usccs: string[]): Promise<IdentifierRow[]> {
  const out: IdentifierRow[] = [];
  for (const part of chunks(usccs)) {
    for (const name of ['detect-read-company-identifiers', 'detect-read-bid-managers']) {
      out.push(...(await graph.read<IdentifierRow & Record<string, unknown>>(cypher(name), { usccs: part })));
    }
  }
  return out;
}

interface PathRow extends Record<string, unknown> {
  from: string;
  to: string;
  nodes: { label: string; key: string; name: string | null }[];
  rels: { type: string; forward: boolean; props: Record<string, unknown> }[];
}

/** Shortest ownership / position / kinship path between each pair (pairs without one are absent). */
export async function readPaths(
  graph: GraphPort,
  pairs: [string, string][],
  maxDegree: number,
): Promise<MemberPath[]> {
  const out: MemberPath[] = [];
  for (const part of chunks(pairs, 500)) {
    const rows = await graph.read<PathRow>(cypher('detect-find-member-paths'), { pairs: part, maxDegree });
    for (const r of rows) {
      const steps: PathStep[] = r.nodes.map((n, i) => ({ ...n, rel: i === 0 ? undefined : r.rels[i - 1] }));
      out.push({ from: r.from, to: r.to, steps });
    }
  }
  return out;
}
