// Streams the records of a CSV file (fast-csv) decoded from its detected encoding, each with its file line.
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { parse } from 'fast-csv';
import iconv from 'iconv-lite';
import type { Sniff } from './sniff';

/** One record of a file: its 1-based line in the file (the header is line 1 when it is first) and its cells. */
export interface RawRow {
  line: number;
  cells: string[];
}

function countNewlines(cells: string[]): number {
  let n = 0;
  for (const c of cells) {
    if (c.length > 0 && c.includes('\n'))
      for (let i = c.indexOf('\n'); i >= 0; i = c.indexOf('\n', i + 1)) n++;
  }
  return n;
}

/** Every record including blank ones (empty `cells`), in file order; memory is constant in the file size. */
export async function* csvRecords(file: string, sniff: Sniff): AsyncGenerator<RawRow> {
  const bytes = fs.createReadStream(file, { start: sniff.bom, highWaterMark: 1 << 20 });
  let text: Readable = bytes;
  if (sniff.encoding !== 'utf8') text = bytes.pipe(iconv.decodeStream(sniff.encoding)) as unknown as Readable;
  const parser = parse({ headers: false, ignoreEmpty: false, objectMode: true });
  const rows = text.pipe(parser);
  const forward = (e: Error) => parser.destroy(e);
  bytes.on('error', forward);
  text.on('error', forward);
  let line = 1;
  try {
    for await (const cells of rows as AsyncIterable<string[]>) {
      yield { line, cells };
      line += 1 + countNewlines(cells);
    }
  } finally {
    bytes.destroy();
  }
}
