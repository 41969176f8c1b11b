// Streams the rows of one XLSX worksheet as text cells (dates and percents rendered as the user sees them).
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { InputError } from '../../core/errors';
import { KINDS, type KindName } from '../../model';
import type { RawRow } from '../csv-source';
import { excelSerialToMs, isoFromMs } from '../dates';
import { local, readSharedStrings, readWorkbook, type WorkbookMeta } from './workbook';
import { damaged, ZipReader } from './zip';

/** Column index (0-based) of a cell reference such as `AB12`. */
export function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

interface CellState {
  col: number;
  type: string;
  style: number;
  v: string;
  inline: string;
}

function cellText(c: CellState, strings: string[], meta: WorkbookMeta): string {
  switch (c.type) {
    case 's':
      return strings[Number(c.v)] ?? '';
    case 'inlineStr':
      return c.inline;
    case 'b':
      return c.v === '1' ? 'TRUE' : 'FALSE';
    case 'str':
    case 'e':
    case 'd':
      return c.v;
  }
  if (c.v === '') return '';
  const n = Number(c.v);
  if (meta.dateStyle[c.style] && Number.isFinite(n)) {
    return isoFromMs(excelSerialToMs(n, meta.date1904), !Number.isInteger(n));
  }
  if (meta.percentStyle[c.style] && Number.isFinite(n)) return `${Math.round(n * 1e11) / 1e9}%`;
  return c.v;
}

function rowParser(strings: string[], meta: WorkbookMeta, out: RawRow[], onTotal?: (rows: number) => void) {
  const p = new SaxesParser();
  let cells: string[] = [];
  let line = 0;
  let cell: CellState | null = null;
  let text: 'v' | 't' | null = null;
  let phonetic = 0;
  p.on('opentag', (t: SaxesTagPlain) => {
    const name = local(t.name);
    const a = t.attributes as Record<string, string>;
    if (name === 'c') {
      const col = a.r ? columnIndex(a.r.toUpperCase()) : cells.length;
      cell = { col, type: a.t ?? 'n', style: Number(a.s ?? 0), v: '', inline: '' };
    } else if (name === 'v' && cell) text = 'v';
    else if (name === 't' && cell && phonetic === 0) text = 't';
    else if (name === 'rPh') phonetic++;
    else if (name === 'row') {
      line = a.r ? Number(a.r) : line + 1;
      cells = [];
    } else if (name === 'dimension' && onTotal) {
      const m = /(\d+)$/.exec(a.ref ?? '');
      if (m) onTotal(Number(m[1]));
    }
  });
  p.on('text', (s) => {
    if (text === 'v') cell!.v += s;
    else if (text === 't') cell!.inline += s;
  });
  p.on('closetag', (t) => {
    const name = local(t.name);
    if (name === 'v' || name === 't') text = null;
    else if (name === 'rPh') phonetic--;
    else if (name === 'c' && cell) {
      while (cells.length < cell.col) cells.push('');
      cells[cell.col] = cellText(cell, strings, meta);
      cell = null;
    } else if (name === 'row') out.push({ line, cells });
  });
  return p;
}

function pickSheet(meta: WorkbookMeta, kind: KindName | undefined) {
  const names = kind ? [kind, KINDS[kind].zh, ...KINDS[kind].stems].map((s) => s.toLowerCase()) : [];
  return meta.sheets.find((s) => names.includes(s.name.trim().toLowerCase())) ?? meta.sheets[0];
}

/** Rows of the sheet named after the kind, else the first sheet; `line` is the Excel row number. */
export async function* xlsxRecords(
  file: string,
  kind?: KindName,
  onTotal?: (rows: number) => void,
): AsyncGenerator<RawRow> {
  const zip = await ZipReader.open(file);
  try {
    if (!zip.has('xl/workbook.xml')) throw damaged(file, '缺少 workbook.xml / no workbook');
    const meta = await readWorkbook(zip);
    const sheet = pickSheet(meta, kind);
    if (!sheet || !zip.has(sheet.part)) throw damaged(file, '没有工作表 / no worksheet');
    const strings = await readSharedStrings(zip, file);
    const out: RawRow[] = [];
    const p = rowParser(strings, meta, out, onTotal);
    for await (const chunk of await zip.text(sheet.part)) {
      p.write(chunk);
      yield* out.splice(0);
    }
    p.close();
    yield* out.splice(0);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw damaged(file, `XML: ${(e as Error).message}`);
  } finally {
    zip.close();
  }
}
