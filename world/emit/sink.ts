// Writes one kind's rows to every requested format at once: UTF-8 CSV with BOM, GB18030 CSV, streaming XLSX.
import fs from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import iconv from 'iconv-lite';
import { isoDate, isoDateTime, slashDate, utcDate } from '../calendar';
import { openXlsx, type XlsxSheet } from './xlsx';

export const FORMATS = ['csv', 'gbk', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

const FLUSH_AT = 1 << 18;
const HIGH_WATER = 1 << 20;
function csvCell(s: string): string {
  const plain = s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0;
  return plain ? s : '"' + s.replace(/"/g, '""') + '"';
}

function fenText(fen: number, grouped: boolean): string {
  const yuan = Math.floor(fen / 100);
  const cents = fen % 100;
  const y = grouped ? String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : String(yuan);
  return `${y}.${cents < 10 ? '0' : ''}${cents}`;
}

function pctText(hundredths: number): string {
  return hundredths % 100 === 0 ? String(hundredths / 100) : String(Number((hundredths / 100).toFixed(2)));
}

interface TextOut {
  stream: fs.WriteStream;
  buf: string;
  cells: string[];
  /** GB18030 with 2024/3/5 dates, grouped money and 35% shares; otherwise ISO dates and plain numbers. */
  gbk: boolean;
}

export interface SinkFile {
  format: Format;
  path: string;
}

/** One kind, all formats. Append cells in column order, then `end()` the row. */
export class TableSink {
  rows = 0;
  private readonly texts: TextOut[] = [];
  private readonly sheet?: XlsxSheet;
  private cellsX: unknown[] = [];
  readonly files: SinkFile[] = [];

  constructor(
    dirs: Partial<Record<Format, string>>,
    names: Record<Format, string>,
    sheetName: string,
    header: string[],
  ) {
    for (const f of ['csv', 'gbk'] as const) {
      const dir = dirs[f];
      if (dir === undefined) continue;
      const file = path.join(dir, names[f]);
      this.texts.push({
        stream: fs.createWriteStream(file, { highWaterMark: HIGH_WATER }),
        buf: f === 'csv' ? '\uFEFF' : '',
        cells: [],
        gbk: f === 'gbk',
      });
      this.files.push({ format: f, path: file });
    }
    if (dirs.xlsx !== undefined) {
      const file = path.join(dirs.xlsx, names.xlsx);
      this.sheet = openXlsx(file, sheetName);
      this.files.push({ format: 'xlsx', path: file });
    }
    for (const h of header) this.s(h);
    this.end(false);
  }

  /** Text cell; '' is an empty (absent) cell. */
  s(v: string): this {
    const cell = csvCell(v);
    for (const t of this.texts) t.cells.push(cell);
    if (this.sheet) this.cellsX.push(v === '' ? null : v);
    return this;
  }

  /** A cell whose spelling differs by format; each spelling is computed only if that format is written. */
  private cell(plain: () => string, gbk: () => string, x: () => unknown): this {
    for (const t of this.texts) t.cells.push(t.gbk ? csvCell(gbk()) : plain());
    if (this.sheet) this.cellsX.push(x());
    return this;
  }

  /** A cell spelled the same in both CSVs and never needing quotes. */
  private safe(text: string, x: () => unknown): this {
    for (const t of this.texts) t.cells.push(text);
    if (this.sheet) this.cellsX.push(x());
    return this;
  }

  /** Money in fen (1/100 yuan), written as yuan with two decimals. */
  money(fen: number): this {
    return this.cell(
      () => fenText(fen, false),
      () => fenText(fen, true),
      () => fen / 100,
    );
  }

  date(day: number): this {
    return this.cell(
      () => isoDate(day),
      () => slashDate(day),
      () => utcDate(day),
    );
  }

  datetime(day: number, seconds: number): this {
    return this.safe(isoDateTime(day, seconds), () => utcDate(day, seconds));
  }

  int(n: number): this {
    return this.safe(String(n), () => n);
  }

  /** A number with two decimals (scores); NaN is an empty cell. */
  num2(x: number): this {
    if (Number.isNaN(x)) return this.s('');
    const s = x.toFixed(2);
    return this.safe(s, () => Number(s));
  }

  /** Share in hundredths of a percent: `35` / `35.5` (CSV), `35%` (GBK), 35 (XLSX). */
  pct(hundredths: number): this {
    const s = pctText(hundredths);
    return this.cell(
      () => s,
      () => s + '%',
      () => Number(s),
    );
  }

  bool(b: boolean): this {
    return this.s(b ? '是' : '否');
  }

  /** Ends the row; flushes a text buffer once it is large. */
  end(count = true): void {
    for (const t of this.texts) {
      t.buf += t.cells.join(',') + '\r\n';
      t.cells.length = 0;
      if (t.buf.length >= FLUSH_AT) this.flush(t);
    }
    if (this.sheet) {
      this.sheet.addRow(this.cellsX);
      this.cellsX = [];
    }
    if (count) this.rows++;
  }

  private flush(t: TextOut): void {
    if (t.buf.length === 0) return;
    t.stream.write(t.gbk ? iconv.encode(t.buf, 'gb18030') : Buffer.from(t.buf, 'utf8'));
    t.buf = '';
  }

  /** Waits while any file's write buffer is full (backpressure). */
  async drain(): Promise<void> {
    for (const t of this.texts) if (t.stream.writableNeedDrain) await once(t.stream, 'drain');
  }

  async close(): Promise<void> {
    for (const t of this.texts) {
      this.flush(t);
      t.stream.end();
      await once(t.stream, 'finish');
    }
    if (this.sheet) await this.sheet.close();
  }
}
