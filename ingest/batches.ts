// Rows → batches → one `UNWIND $rows` MERGE statement per batch in a managed write transaction, one batch in flight.
import { cypher } from '../graph/cypher';
import type { GraphPort } from '../graph/port';
import type { KindName } from '../model';
import { CellError } from './cell-error';
import type { RawRow } from './csv-source';
import { buildRow, type Built } from './mappers';
import { applyRefs, lookupKnown } from './resolve';
import { isReject, type ParsedRow, type RowParser, type RowReject } from './rows';

export interface Counts {
  /** Data rows read (blank records are not rows). */
  read: number;
  loaded: number;
  rejected: number;
  /** Of the loaded rows, how many created their node (entity kinds) or relationship (relationship kinds). */
  created: number;
}

export interface BatchOptions {
  batchSize: number;
  /** False for the strict pre-scan: everything is checked (including id resolution) but nothing is written. */
  write: boolean;
  onReject: (r: RowReject) => Promise<void> | void;
  onBatch?: (c: Counts) => void;
}

interface Item {
  built: Built;
  parsed: ParsedRow;
}

function rejectOf(e: unknown, p: ParsedRow, fallbackColumn = ''): RowReject {
  if (!(e instanceof CellError)) throw e;
  return { line: p.line, column: e.column ?? fallbackColumn, value: e.value ?? '', zh: e.zh, en: e.en };
}

export class BatchLoader {
  readonly counts: Counts = { read: 0, loaded: 0, rejected: 0, created: 0 };
  private batch: Item[] = [];
  private inflight: Promise<void> = Promise.resolve();

  constructor(
    private readonly g: GraphPort,
    private readonly kind: KindName,
    private readonly parser: RowParser,
    private readonly opts: BatchOptions,
  ) {}

  /** Adds one record; returns a promise only when the caller must wait (a full batch, a busy rejects report). */
  push(rec: RawRow): Promise<void> | void {
    const p = this.parser.parse(rec);
    if (p === null) return;
    this.counts.read++;
    if (isReject(p)) return this.reject(p);
    let built: Built;
    try {
      built = buildRow(this.kind, p);
    } catch (e) {
      return this.reject(rejectOf(e, p));
    }
    this.batch.push({ built, parsed: p });
    if (this.batch.length >= this.opts.batchSize) return this.rotate();
  }

  private async rotate(): Promise<void> {
    const full = this.batch;
    this.batch = [];
    await this.inflight;
    this.inflight = this.flush(full);
  }

  async finish(): Promise<Counts> {
    await this.inflight;
    if (this.batch.length) await this.flush(this.batch);
    this.batch = [];
    return this.counts;
  }

  /** Waits for the batch in flight without raising (used when the file fails part-way). */
  async settle(): Promise<void> {
    await this.inflight.catch(() => undefined);
  }

  private reject(r: RowReject): Promise<void> | void {
    this.counts.rejected++;
    return this.opts.onReject(r);
  }

  private async flush(items: Item[]): Promise<void> {
    const needsLookup = items.some((i) => i.built.refs.length > 0);
    const known = needsLookup
      ? await lookupKnown(
          this.g,
          items.map((i) => i.built),
        )
      : new Map();
    const rows: Record<string, unknown>[] = [];
    const seen = new Set<string>();
    for (const { built, parsed } of items) {
      try {
        applyRefs(built, known, parsed.headers);
      } catch (e) {
        await this.reject(rejectOf(e, parsed));
        continue;
      }
      built.row.dup = seen.has(built.key);
      seen.add(built.key);
      rows.push(built.row);
    }
    if (rows.length && this.opts.write) {
      const res = await this.g.write<{ created: number }>(cypher(`merge-${this.kind}`), { rows });
      this.counts.created += Number(res[0]?.created ?? 0);
    }
    this.counts.loaded += rows.length;
    this.opts.onBatch?.(this.counts);
  }
}
