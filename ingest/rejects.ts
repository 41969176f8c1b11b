// The rejects report: one CSV line per rejected row (file, line, column, value, reason 中文, reason English).
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import type { RowReject } from './rows';

const HEADER = ['文件 file', '行号 line', '列 column', '值 value', '原因', 'reason'];

/** Quotes a CSV field; a leading = + @ (or - before text) is escaped so Excel never runs it as a formula. */
export function csvField(v: string): string {
  const s = /^[=+@\t\r]/.test(v) || /^-[^\d.]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Default report path: next to the input, `<stem>.rejects.csv`. */
export function defaultRejectsPath(file: string, name = path.basename(file)): string {
  return path.join(path.dirname(file), `${name.replace(/\.[^.]*$/, '')}.rejects.csv`);
}

/** Opened on the first reject (UTF-8 with BOM so Excel shows the Chinese); counts what it wrote. */
export class RejectsReport {
  private out: fs.WriteStream | undefined;
  count = 0;
  constructor(readonly file: string) {}

  /** Appends one reject; returns a promise only when the file stream asks the caller to wait. */
  add(source: string, r: RowReject): Promise<void> | void {
    if (!this.out) {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      this.out = fs.createWriteStream(this.file);
      this.out.write('\uFEFF' + HEADER.map(csvField).join(',') + '\r\n');
    }
    const line = [source, String(r.line), r.column, r.value, r.zh, r.en].map(csvField).join(',') + '\r\n';
    this.count++;
    if (!this.out.write(line)) return once(this.out, 'drain').then(() => undefined);
  }

  get written(): boolean {
    return this.out !== undefined;
  }

  async close(): Promise<void> {
    if (!this.out) return;
    const out = this.out;
    await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  }
}
