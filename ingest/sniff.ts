// Pre-scan of a file's bytes: format (CSV or XLSX), text encoding (UTF-8 or GB18030, detected), row estimate.
import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { InputError } from '../core/errors';

export type Encoding = 'utf8' | 'gb18030' | 'utf16le' | 'utf16be';
export interface Sniff {
  format: 'csv' | 'xlsx';
  encoding: Encoding;
  /** Bytes of byte-order mark to skip. */
  bom: number;
  /** Line count (newlines), an estimate of the rows for the progress bar. */
  lines: number;
  bytes: number;
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

function fail(file: string, code: string, zh: string, en: string): never {
  const name = path.basename(file);
  throw new InputError(code, `${name}：${zh}`, `${name}: ${en}`, { file });
}

/** Length of `buf` up to the end of its last complete UTF-8 sequence (the rest waits for the next chunk). */
export function completeUtf8Length(buf: Buffer): number {
  for (let i = buf.length - 1; i >= Math.max(0, buf.length - 4); i--) {
    const b = buf[i];
    if (b < 0x80) return buf.length;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return i + need <= buf.length ? buf.length : i;
    }
  }
  return buf.length;
}

/** Streaming UTF-8 validity check: feed chunks, then ask `valid`. Constant memory. */
export class Utf8Validator {
  valid = true;
  private carry: Buffer = Buffer.alloc(0);
  write(chunk: Buffer): void {
    if (!this.valid) return;
    const buf = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const n = completeUtf8Length(buf);
    if (!isUtf8(buf.subarray(0, n))) this.valid = false;
    this.carry = Buffer.from(buf.subarray(n));
    if (this.carry.length > 3) this.valid = false;
  }
  end(): boolean {
    if (this.carry.length) this.valid = false;
    return this.valid;
  }
}

function bomOf(head: Buffer): { encoding: Encoding; bom: number } | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf16be', bom: 2 };
  return undefined;
}

/** Whether text decoded from the file's start is mostly garbage (replacement or control characters). */
async function looksBinary(file: string, start: number, encoding: Encoding): Promise<boolean> {
  const fd = await fs.promises.open(file, 'r');
  const buf = Buffer.alloc(65536);
  const { bytesRead } = await fd.read(buf, 0, buf.length, start);
  await fd.close();
  const text = iconv.decode(buf.subarray(0, bytesRead), encoding);
  let junk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || c < 9 || (c > 13 && c < 32)) junk++;
  }
  return junk > Math.max(2, text.length * 0.01);
}

async function scanText(file: string, bom: number, utf16: boolean) {
  const v = new Utf8Validator();
  let lines = 0;
  let nul = false;
  let last = 0;
  let nonBlank = false;
  for await (const c of fs.createReadStream(file, { start: bom, highWaterMark: 1 << 20 })) {
    const chunk = c as Buffer;
    if (!utf16) {
      v.write(chunk);
      if (!nul && chunk.indexOf(0) >= 0) nul = true;
    }
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    if (!nonBlank && /[^\s\0]/.test(chunk.toString('latin1'))) nonBlank = true;
    if (chunk.length) last = chunk[chunk.length - 1];
  }
  return { utf8: !utf16 && v.end(), nul, lines: lines + (last !== 10 && last !== 0 ? 1 : 0), nonBlank };
}

/** Reads the file once: refuses empty, binary and old-format files with a clear one-line InputError. */
export async function sniffFile(file: string): Promise<Sniff> {
  const stat = await fs.promises.stat(file).catch(() => undefined);
  if (!stat?.isFile())
    fail(file, 'ingest.not_found', '文件不存在或不是文件', 'file not found or not a regular file');
  const fd = await fs.promises.open(file, 'r');
  const head = Buffer.alloc(8);
  await fd.read(head, 0, 8, 0);
  await fd.close();
  const bytes = stat.size;
  if (head.subarray(0, 4).equals(ZIP)) return { format: 'xlsx', encoding: 'utf8', bom: 0, lines: 0, bytes };
  if (head.subarray(0, 4).equals(OLE2)) {
    fail(
      file,
      'ingest.xls',
      '不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 CSV',
      'old .xls files are not supported; save as .xlsx or CSV',
    );
  }
  if (/\.xlsx$/i.test(file) && bytes > 0) {
    fail(
      file,
      'ingest.bad_xlsx',
      '不是有效的 XLSX 文件（文件损坏或不是 Excel 文件）',
      'not a valid XLSX file (damaged or not an Excel file)',
    );
  }
  const b = bomOf(head);
  const utf16 = b?.encoding.startsWith('utf16') ?? false;
  const scan = await scanText(file, b?.bom ?? 0, utf16);
  if (!scan.nonBlank)
    fail(file, 'ingest.empty', '文件为空（至少需要表头行）', 'the file is empty (a header row is required)');
  if (scan.nul) {
    fail(
      file,
      'ingest.binary',
      '不是文本 CSV 文件（含二进制内容），应为 CSV 或 XLSX',
      'not a text CSV file (binary content); expected CSV or XLSX',
    );
  }
  const encoding: Encoding = b?.encoding ?? (scan.utf8 ? 'utf8' : 'gb18030');
  if (encoding !== 'utf8' && (await looksBinary(file, b?.bom ?? 0, encoding))) {
    fail(
      file,
      'ingest.binary',
      '无法识别的编码或二进制内容，应为 UTF-8 或 GBK 编码的 CSV',
      'unrecognised encoding or binary content; expected a UTF-8 or GBK CSV',
    );
  }
  return { format: 'csv', encoding, bom: b?.bom ?? 0, lines: scan.lines, bytes };
}
