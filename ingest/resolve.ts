// Resolves party and entity ids per batch: a known Organization, Company or Person wins, else the id's shape decides.
import { cypher } from '../graph/cypher';
import type { GraphPort } from '../graph/port';
import { CellError } from './cell-error';
import type { Built, Ref, Resolved } from './mappers';

type Label = 'Organization' | 'Company' | 'Person';
export type Known = Map<string, { organization: boolean; company: boolean; person: boolean }>;

/** Looks up every referenced id of the batch in one read. */
export async function lookupKnown(g: GraphPort, batch: Built[]): Promise<Known> {
  const codes = [...new Set(batch.flatMap((b) => b.refs.map((r) => r.ref.id)))];
  const known: Known = new Map();
  if (codes.length === 0) return known;
  const rows = await g.read<{ code: string; organization: boolean; company: boolean; person: boolean }>(
    cypher('ingest-find-parties'),
    { codes },
  );
  for (const r of rows) known.set(r.code, r);
  return known;
}

/**
 * Import contract order: an organisation already known by that code; else a company if the id is a valid USCC;
 * else a person. We also prefer an already-known Company or Person, so a 身份证 that happens to satisfy the USCC
 * check character still resolves to the person loaded earlier.
 */
export function labelOf(r: Ref, known: Known): Label {
  const k = known.get(r.ref.id);
  if (k?.organization) return 'Organization';
  if (k?.company) return 'Company';
  if (r.kind === 'entity') return r.ref.cls === 'uscc' ? 'Company' : 'Organization';
  if (k?.person) return 'Person';
  switch (r.ref.cls) {
    case 'uscc':
      return 'Company';
    case 'idcard':
    case 'opaque':
      return 'Person';
    case 'bad-idcard':
      throw new CellError(
        `「${r.ref.id}」既不是已知单位，也不是有效身份证号（校验位或出生日期错误）`,
        `"${r.ref.id}" is no known organisation and not a valid ID card number (check digit or birth date)`,
      );
    case 'bad-uscc':
      throw new CellError(
        `「${r.ref.id}」既不是已知单位，也不是有效统一社会信用代码（校验位错误）`,
        `"${r.ref.id}" is no known organisation and not a valid USCC (check character)`,
      );
  }
}

/** Writes each resolved reference into its slot of the row; an unresolvable id throws a CellError naming its column. */
export function applyRefs(b: Built, known: Known, headers: Record<string, string>): void {
  for (const r of b.refs) {
    let label: Label;
    try {
      label = labelOf(r, known);
    } catch (e) {
      const ce = e as CellError;
      throw new CellError(ce.zh, ce.en, headers[r.column] ?? r.column, r.ref.id);
    }
    const slot: Resolved = { label, id: r.ref.id, Organization: [], Company: [], Person: [] };
    slot[label] = [r.ref.id];
    b.row[r.slot] = slot;
  }
}
