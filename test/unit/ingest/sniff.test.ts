// Byte pre-scan: encoding detection (UTF-8, BOM, GBK), UTF-8 validation across chunks, bad files, CSV line numbers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { InputError } from '../../../core/errors';
import { csvRecords } from '../../../ingest/csv-source';
import { completeUtf8Length, sniffFile, Utf8Validator } from '../../../ingest/sniff';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-sniff-'));
let n = 0;
const file = (content: Buffer | string, name = `f${n++}.csv`) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
};
const zh = fc.stringMatching(/^[\u4e00-\u9fa5A-Za-z0-9 ]{0,40}$/);

describe('encoding detection', () => {
  it('detects UTF-8, UTF-8 with BOM and GBK without being told', async () => {
    const text = '企业名称,联系电话\r\n甲建设有限公司,010-12345678\r\n';
    expect(await sniffFile(file(text))).toMatchObject({ encoding: 'utf8', bom: 0, lines: 2 });
    expect(await sniffFile(file('\uFEFF' + text))).toMatchObject({ encoding: 'utf8', bom: 3 });
    expect(await sniffFile(file(iconv.encode(text, 'gbk')))).toMatchObject({ encoding: 'gb18030', bom: 0 });
  });
  it('tells GBK from UTF-8 for any Chinese text, and decodes both to the same rows', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(zh, zh), { minLength: 1, maxLength: 5 }), async (rows) => {
        const text = ['名称,备注', ...rows.map(([a, b]) => `${a},${b}`)].join('\n') + '\n';
        const utf8 = file(text);
        const gbk = file(iconv.encode(text, 'gbk'));
        const [su, sg] = [await sniffFile(utf8), await sniffFile(gbk)];
        expect(su.encoding).toBe('utf8');
        expect(sg.encoding).toBe('gb18030'); // the header alone is Chinese, so the GBK bytes are never valid UTF-8
        const read = async (p: string, s: typeof su) => {
          const out: string[][] = [];
          for await (const r of csvRecords(p, s)) out.push(r.cells);
          return out;
        };
        expect(await read(gbk, sg)).toEqual(await read(utf8, su));
      }),
      { numRuns: 30 },
    );
  });
  it('validates UTF-8 across chunk boundaries wherever the chunks are cut', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (s, cuts) => {
          const buf = Buffer.from(s, 'utf8');
          const points = [...new Set(cuts.map((c) => c % (buf.length + 1)))].sort((a, b) => a - b);
          const v = new Utf8Validator();
          let prev = 0;
          for (const p of [...points, buf.length]) {
            v.write(buf.subarray(prev, p));
            prev = p;
          }
          expect(v.end()).toBe(true);
        },
      ),
    );
  });
  it('keeps an incomplete trailing character for the next chunk', () => {
    const buf = Buffer.from('中文', 'utf8');
    expect(completeUtf8Length(buf.subarray(0, 4))).toBe(3);
    expect(completeUtf8Length(buf)).toBe(6);
  });
});

describe('bad files', () => {
  it.each([
    ['an empty file', '', 'ingest.empty'],
    ['a file of blank lines', '\uFEFF\r\n  \r\n', 'ingest.empty'],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0]), 'ingest.binary'],
    ['an old .xls file', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'ingest.xls'],
  ])('refuses %s with a one-line InputError naming the file', async (_, content, code) => {
    const p = file(content as string);
    await expect(sniffFile(p)).rejects.toMatchObject({ code, zh: expect.stringContaining(path.basename(p)) });
    await expect(sniffFile(p)).rejects.toBeInstanceOf(InputError);
  });
  it('refuses an .xlsx that is not a zip', async () => {
    await expect(sniffFile(file('not excel', 'x.xlsx'))).rejects.toMatchObject({ code: 'ingest.bad_xlsx' });
  });
});

describe('CSV records', () => {
  it('numbers each record by its first file line, counting quoted line breaks and blank lines', async () => {
    const p = file('a,b\r\n"x\r\ny",1\r\n\r\nz,2\n');
    const out: [number, string[]][] = [];
    for await (const r of csvRecords(p, await sniffFile(p))) out.push([r.line, r.cells]);
    expect(out).toEqual([
      [1, ['a', 'b']],
      [2, ['x\r\ny', '1']],
      [4, []],
      [5, ['z', '2']],
    ]);
  });
});
