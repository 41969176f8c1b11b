// Parses one record into typed values by the header plan; a bad cell rejects the row with its line and column.
import { CellError } from './cell-error';
import type { RawRow } from './csv-source';
import type { HeaderPlan, MappedColumn } from './headers';
import { columnParser, type CellParser } from './values';

export interface ParsedRow {
  line: number;
  /** Parsed values by column key; absent when the cell was empty. */
  values: Record<string, unknown>;
  /** Unknown columns by sanitised property name, as trimmed strings. */
  extras: Record<string, string>;
  /** Original header of each column key, for reject messages. */
  headers: Record<string, string>;
}

/** One rejected row: where (file line, column), the cell's text and why (中文 and English). */
export interface RowReject {
  line: number;
  column: string;
  value: string;
  zh: string;
  en: string;
}

interface Compiled extends MappedColumn {
  parse: CellParser;
  list: boolean;
}

function isBlank(cells: string[]): boolean {
  for (const c of cells) if (c !== '' && c.trim() !== '') return false;
  return true;
}

export function isReject(r: ParsedRow | RowReject | null): r is RowReject {
  return r !== null && (r as RowReject).zh !== undefined;
}

export class RowParser {
  private readonly cols: Compiled[];
  private readonly width: number;
  readonly headers: Record<string, string> = {};

  /** `fractions`: keys of percent columns whose values are all ≤ 1 without `%` (decided in the pre-scan). */
  constructor(
    readonly plan: HeaderPlan,
    fractions: ReadonlySet<string> = new Set(),
  ) {
    this.cols = plan.columns.map((c) => ({
      ...c,
      parse: columnParser(c.def, fractions.has(c.key)),
      list: ['phone', 'email', 'address', 'mac', 'ip'].includes(c.def.type),
    }));
    for (const c of plan.columns) this.headers[c.key] ??= c.header;
    this.width = Math.max(0, ...plan.columns.map((c) => c.index + 1), ...plan.extras.map((e) => e.index + 1));
  }

  /** The typed row, a reject, or null for a blank record (no text in any cell). */
  parse(rec: RawRow): ParsedRow | RowReject | null {
    const cells = rec.cells;
    if (isBlank(cells)) return null;
    for (let i = this.width; i < cells.length; i++) {
      if (cells[i].trim() !== '') {
        return this.reject(
          rec.line,
          `#${i + 1}`,
          cells[i],
          '该行字段数多于表头',
          'the row has more fields than the header',
        );
      }
    }
    const values: Record<string, unknown> = {};
    for (const c of this.cols) {
      const raw = cells[c.index] ?? '';
      if (raw.trim() === '') {
        if (c.def.required && values[c.key] === undefined) {
          return this.reject(
            rec.line,
            c.header,
            raw,
            `必填列「${c.header}」为空`,
            `required column "${c.header}" is empty`,
          );
        }
        continue;
      }
      try {
        const v = c.parse(raw);
        values[c.key] = c.list && values[c.key] ? [...(values[c.key] as unknown[]), ...(v as unknown[])] : v;
      } catch (e) {
        if (!(e instanceof CellError)) throw e;
        return this.reject(rec.line, c.header, raw, e.zh, e.en);
      }
    }
    const extras: Record<string, string> = {};
    for (const x of this.plan.extras) {
      const raw = (cells[x.index] ?? '').trim();
      if (raw !== '') extras[x.prop] = raw;
    }
    return { line: rec.line, values, extras, headers: this.headers };
  }

  private reject(line: number, column: string, value: string, zh: string, en: string): RowReject {
    return { line, column, value, zh, en };
  }
}
