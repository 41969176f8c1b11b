// Random access to the parts of an XLSX (a zip) with yauzl; damaged or truncated archives become InputErrors.
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { InputError } from '../../core/errors';

export function damaged(file: string, detail: string): InputError {
  const name = path.basename(file);
  return new InputError(
    'ingest.bad_xlsx',
    `${name}：XLSX 文件损坏或不完整（${detail}），请在 Excel 中重新保存`,
    `${name}: the XLSX file is damaged or truncated (${detail}); save it again from Excel`,
    { file },
  );
}

export class ZipReader {
  private constructor(
    private readonly file: string,
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>,
  ) {}

  static async open(file: string): Promise<ZipReader> {
    try {
      const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
      const entries = new Map<string, Entry>();
      for await (const e of zip.eachEntry()) entries.set(e.fileName.replace(/^\//, ''), e);
      return new ZipReader(file, zip, entries);
    } catch (e) {
      throw damaged(file, (e as Error).message);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The part as a stream of correctly decoded UTF-8 text (multi-byte characters never split between chunks). */
  async text(name: string): Promise<AsyncIterable<string>> {
    const entry = this.entries.get(name);
    if (!entry) throw damaged(this.file, `缺少 ${name} / missing ${name}`);
    let stream: Readable;
    try {
      stream = await this.zip.openReadStreamPromise(entry);
    } catch (e) {
      throw damaged(this.file, (e as Error).message);
    }
    return decodeUtf8(stream, this.file);
  }

  /** A small part read whole (workbook, relationships, styles). */
  async whole(name: string): Promise<string> {
    let out = '';
    for await (const s of await this.text(name)) out += s;
    return out;
  }

  close(): void {
    this.zip.close();
  }
}

/** Decodes with one StringDecoder across chunks: the fix for exceljs calling chunk.toString() per 16 KB chunk. */
async function* decodeUtf8(stream: Readable, file: string): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  try {
    for await (const chunk of stream) yield decoder.write(chunk as Buffer);
    yield decoder.end();
  } catch (e) {
    throw damaged(file, (e as Error).message);
  } finally {
    stream.destroy();
  }
}
