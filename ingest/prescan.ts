// Pre-scan passes that must see the whole file before loading: percent columns (fractions?) and --strict checks.
import type { GraphPort } from '../graph/port';
import type { KindName } from '../model';
import { BatchLoader, type Counts } from './batches';
import type { HeaderPlan } from './headers';
import { RowParser, type RowReject } from './rows';
import type { Records } from './source';
import { nfkc } from './nfkc';

/**
 * Keys of percent columns read as fractions: no cell has a `%` and every number is ≤ 1 (0.35 = 35%).
 * One streaming pass, constant memory: three flags per percent column.
 */
export async function fractionColumns(plan: HeaderPlan, records: Records): Promise<Set<string>> {
  const cols = plan.columns.filter((c) => c.def.type === 'percent');
  const state = cols.map(() => ({ pct: false, big: false, any: false }));
  if (cols.length === 0) return new Set();
  for await (const rec of records) {
    cols.forEach((c, i) => {
      const s = nfkc(rec.cells[c.index] ?? '').trim();
      if (s === '') return;
      state[i].any = true;
      if (s.endsWith('%')) state[i].pct = true;
      else if (Math.abs(Number(s.replace(/,/g, ''))) > 1) state[i].big = true;
    });
  }
  return new Set(cols.filter((_, i) => state[i].any && !state[i].pct && !state[i].big).map((c) => c.key));
}

/** Thrown by the strict pre-scan at the first bad row. */
export class StrictStop extends Error {
  constructor(readonly reject: RowReject) {
    super(reject.en);
  }
}

/** Checks every row as the load would (values, cross-field rules, id resolution) without writing; stops at the first error. */
export async function strictCheck(
  g: GraphPort,
  kind: KindName,
  plan: HeaderPlan,
  fractions: Set<string>,
  records: Records,
  batchSize: number,
): Promise<{ counts: Counts; first: RowReject | null }> {
  const loader = new BatchLoader(g, kind, new RowParser(plan, fractions), {
    batchSize,
    write: false,
    onReject: async (r) => {
      throw new StrictStop(r);
    },
  });
  try {
    for await (const rec of records) {
      const wait = loader.push(rec);
      if (wait) await wait;
    }
    return { counts: await loader.finish(), first: null };
  } catch (e) {
    if (!(e instanceof StrictStop)) throw e;
    await loader.settle();
    return { counts: loader.counts, first: e.reject };
  }
}
