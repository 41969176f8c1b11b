// Output formats: UTF-8 CSV with BOM, GB18030 CSV with Chinese file names and spreadsheet-style cells, streaming XLSX.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { KINDS } from '../../../model/kinds';
import { generateWorld, parseFormats } from '../../../world/generate';
import { InputError } from '../../../core/errors';
import { generateInto, readKind, tmpDir, removeTmp } from './read';

afterAll(removeTmp);

let dir: string;

beforeAll(async () => {
  dir = (await generateInto('formats', { scale: 'small', seed: 9, formats: ['csv', 'gbk', 'xlsx'] })).dir;
}, 60_000);

describe('world output formats', () => {
  it('starts UTF-8 CSVs with a BOM and the first Chinese alias of every column', () => {
    const raw = fs.readFileSync(path.join(dir, 'csv', 'tenders.csv'));
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const header = raw.toString('utf8').slice(1).split('\r\n')[0];
    expect(header.split(',')).toEqual(Object.values(KINDS.tenders.columns).map((c) => c.zh[0]));
  });

  it('writes GB18030 files named by the Chinese kind with the same rows, slash dates and grouped money', () => {
    const gbk = iconv.decode(fs.readFileSync(path.join(dir, 'gbk', '招标项目.csv')), 'gb18030');
    const rows = readKind('', 'tenders', gbk);
    const csv = readKind(path.join(dir, 'csv'), 'tenders');
    expect(rows).toHaveLength(csv.length);
    expect(rows[0].tender_id).toBe(csv[0].tender_id);
    expect(rows[0].publish_date).toMatch(/^\d{4}\/\d{1,2}\/\d{1,2}$/);
    expect(rows.some((r) => r.budget.includes(','))).toBe(true);
    expect(Number(rows[0].budget.replace(/,/g, ''))).toBe(Number(csv[0].budget));
  });

  it('writes readable XLSX with the same rows, real dates and numbers, identical bytes for the same seed', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'xlsx', 'payments.xlsx'));
    const ws = wb.worksheets[0];
    const csv = readKind(path.join(dir, 'csv'), 'payments');
    expect(ws.name).toBe('资金支付');
    expect(ws.actualRowCount).toBe(csv.length + 1);
    expect(ws.getRow(2).getCell(4).value).toBe(Number(csv[0].amount));
    expect((ws.getRow(2).getCell(5).value as Date).toISOString().slice(0, 10)).toBe(csv[0].paid_at);
    const again = tmpDir('formats-again');
    await generateWorld({ scale: 'small', seed: 9, outDir: again, formats: ['xlsx'] });
    expect(
      fs
        .readFileSync(path.join(again, 'payments.xlsx'))
        .equals(fs.readFileSync(path.join(dir, 'xlsx', 'payments.xlsx'))),
    ).toBe(true);
  }, 60_000);

  it('rejects unknown formats and XLSX for worlds too large for it', async () => {
    expect(() => parseFormats('csv,pdf')).toThrow(InputError);
    await expect(
      generateWorld({ scale: 'large', seed: 1, outDir: tmpDir('xl'), formats: ['xlsx'] }),
    ).rejects.toThrow(/xlsx/);
  });
});
