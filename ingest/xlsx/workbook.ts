// Reads an XLSX's workbook parts: sheet list, date system, number styles (dates, percents) and shared strings.
import { posix } from 'node:path';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { damaged, type ZipReader } from './zip';

export interface SheetRef {
  name: string;
  part: string;
}
export interface WorkbookMeta {
  sheets: SheetRef[];
  date1904: boolean;
  /** Per cell style index: the number format shows a date (or time). */
  dateStyle: boolean[];
  /** Per cell style index: the number format shows a percentage. */
  percentStyle: boolean[];
}

export const local = (name: string) => name.slice(name.indexOf(':') + 1);
function attr(tag: SaxesTagPlain, name: string): string | undefined {
  for (const [k, v] of Object.entries(tag.attributes)) if (local(k) === name) return v as string;
  return undefined;
}

interface Handlers {
  open?: (tag: SaxesTagPlain) => void;
  close?: (name: string) => void;
  text?: (t: string) => void;
}

/** Feeds decoded text chunks to saxes; element names are compared without namespace prefixes. */
export function saxParser(h: Handlers): SaxesParser {
  const p = new SaxesParser();
  if (h.open) p.on('opentag', (t) => h.open!({ ...t, name: local(t.name) } as SaxesTagPlain));
  if (h.close) p.on('closetag', (t) => h.close!(local(t.name)));
  if (h.text) {
    p.on('text', h.text);
    p.on('cdata', h.text);
  }
  return p;
}

function parseWhole(xml: string, h: Handlers): void {
  saxParser(h).write(xml).close();
}

const BUILTIN_DATE = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47,
]);
for (let i = 50; i <= 58; i++) BUILTIN_DATE.add(i);

/** Whether a number format code displays a date or time (y, m, d, h, s outside quotes and brackets). */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[ymdhs年月日时分秒]/i.test(bare) && !/^general$/i.test(bare.trim());
}

async function readStyles(zip: ZipReader): Promise<Pick<WorkbookMeta, 'dateStyle' | 'percentStyle'>> {
  const dateStyle: boolean[] = [];
  const percentStyle: boolean[] = [];
  if (!zip.has('xl/styles.xml')) return { dateStyle, percentStyle };
  const custom = new Map<number, string>();
  let inCellXfs = false;
  parseWhole(await zip.whole('xl/styles.xml'), {
    open: (t) => {
      if (t.name === 'numFmt') custom.set(Number(attr(t, 'numFmtId')), attr(t, 'formatCode') ?? '');
      else if (t.name === 'cellXfs') inCellXfs = true;
      else if (t.name === 'xf' && inCellXfs) {
        const id = Number(attr(t, 'numFmtId') ?? 0);
        const code = custom.get(id);
        dateStyle.push(code !== undefined ? isDateFormat(code) : BUILTIN_DATE.has(id));
        percentStyle.push(
          code !== undefined ? /%/.test(code.replace(/"[^"]*"/g, '')) : id === 9 || id === 10,
        );
      }
    },
    close: (n) => {
      if (n === 'cellXfs') inCellXfs = false;
    },
  });
  return { dateStyle, percentStyle };
}

export async function readWorkbook(zip: ZipReader): Promise<WorkbookMeta> {
  const rels = new Map<string, string>();
  parseWhole(await zip.whole('xl/_rels/workbook.xml.rels'), {
    open: (t) => {
      if (t.name === 'Relationship') rels.set(attr(t, 'Id') ?? '', attr(t, 'Target') ?? '');
    },
  });
  const sheets: SheetRef[] = [];
  let date1904 = false;
  parseWhole(await zip.whole('xl/workbook.xml'), {
    open: (t) => {
      if (t.name === 'workbookPr') date1904 = /^(1|true)$/i.test(attr(t, 'date1904') ?? '');
      if (t.name !== 'sheet') return;
      const target = rels.get(attr(t, 'id') ?? '') ?? '';
      const part = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target));
      sheets.push({ name: attr(t, 'name') ?? '', part });
    },
  });
  return { sheets, date1904, ...(await readStyles(zip)) };
}

/** Cap on the shared-string table held in memory (characters), so a hostile file cannot exhaust it. */
export const MAX_SHARED_CHARS = 256 * 1024 * 1024;

/** The shared string table (held in memory: it is shared by every row of every sheet). */
export async function readSharedStrings(zip: ZipReader, file = ''): Promise<string[]> {
  const out: string[] = [];
  let chars = 0;
  if (!zip.has('xl/sharedStrings.xml')) return out;
  let cur: string | null = null;
  let inT = false;
  let phonetic = 0;
  const p = saxParser({
    open: (t) => {
      if (t.name === 'si') cur = '';
      else if (t.name === 'rPh') phonetic++;
      else if (t.name === 't' && cur !== null && phonetic === 0) inT = true;
    },
    close: (n) => {
      if (n === 'si') {
        out.push(cur ?? '');
        chars += (cur ?? '').length;
        if (chars > MAX_SHARED_CHARS)
          throw damaged(file, '共享字符串超过 256M 字符 / shared strings exceed 256M characters');
        cur = null;
      } else if (n === 'rPh') phonetic--;
      else if (n === 't') inT = false;
    },
    text: (s) => {
      if (inT) cur += s;
    },
  });
  for await (const chunk of await zip.text('xl/sharedStrings.xml')) p.write(chunk);
  p.close();
  return out;
}
