// Relationship tables kept in memory until written: shareholdings, kinship and extra positions, as typed columns.
import { i32, pushRow, u16, u8 } from '../store';

/** Holder kinds of a shareholding row. */
export const HOLDER = { person: 0, company: 1, org: 2 } as const;

export interface HoldingRow {
  kind: number;
  holder: number;
  /** Hundredths of a percent (10000 = 100 %). */
  pct: number;
  since: number;
}

const HKEYS = ['company', 'kind', 'holder', 'pct', 'since', 'dead'] as const;

/** Shareholding rows; each company's live rows are contiguous (`start`, `count`) so they can be replaced. */
export class Holdings {
  readonly cols = { company: i32(), kind: u8(), holder: i32(), pct: i32(), since: i32(), dead: u8() };
  private readonly start = new Map<number, [number, number]>();

  get length(): number {
    return this.cols.company.length;
  }

  /** The live rows of a company. */
  of(company: number): HoldingRow[] {
    const r = this.start.get(company);
    if (!r) return [];
    const out: HoldingRow[] = [];
    const c = this.cols;
    for (let i = r[0]; i < r[0] + r[1]; i++) {
      out.push({
        kind: c.kind.data[i],
        holder: c.holder.data[i],
        pct: c.pct.data[i],
        since: c.since.data[i],
      });
    }
    return out;
  }

  /** Replaces a company's shareholders (old rows are marked dead and not written). */
  set(company: number, rows: readonly HoldingRow[]): void {
    const old = this.start.get(company);
    if (old) for (let i = old[0]; i < old[0] + old[1]; i++) this.cols.dead.data[i] = 1;
    const first = this.length;
    for (const r of rows) pushRow(this.cols, HKEYS, { ...r, company, dead: 0 });
    this.start.set(company, [first, rows.length]);
    let sum = 0;
    for (const r of rows) sum += r.pct;
    if (sum > 10000) throw new RangeError(`shares of company ${company} sum to ${sum / 100}%`);
  }
}

const RKEYS = ['a', 'b', 'rel'] as const;

/** Kinship rows: `b` is `a`'s relative with relation `rel` (index into RELATIONS). */
export class Relatives {
  readonly cols = { a: i32(), b: i32(), rel: u8() };
  get length(): number {
    return this.cols.a.length;
  }
  add(a: number, b: number, rel: number): void {
    pushRow(this.cols, RKEYS, { a, b, rel });
  }
}

const PKEYS = ['person', 'entityKind', 'entity', 'title', 'start'] as const;

/** Positions beyond each person's own employer: second companies, planted jobs. */
export class ExtraPositions {
  readonly cols = { person: i32(), entityKind: u8(), entity: i32(), title: u16(), start: i32() };
  get length(): number {
    return this.cols.person.length;
  }
  add(person: number, entityKind: 0 | 1, entity: number, title: number, start: number): void {
    pushRow(this.cols, PKEYS, { person, entityKind, entity, title, start });
  }
}
