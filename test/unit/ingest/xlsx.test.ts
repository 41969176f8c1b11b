// The streaming XLSX reader, including Chinese shared strings larger than exceljs' 16 KB chunk bug.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { InputError } from '../../../core/errors';
import type { RawRow } from '../../../ingest/csv-source';
import { columnIndex, xlsxRecords } from '../../../ingest/xlsx/sheet';
import { isDateFormat } from '../../../ingest/xlsx/workbook';
import { ZipReader } from '../../../ingest/xlsx/zip';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-xlsx-'));
const CJK = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土';
/** A distinct Chinese string per row (deterministic), so the shared-string table grows with the row count. */
const chinese = (i: number) =>
  Array.from({ length: 24 }, (_, k) => CJK[(i * 7 + k * ((i % 5) + 1)) % CJK.length]).join('') + `公司${i}`;

async function read(file: string, kind?: 'bids'): Promise<RawRow[]> {
  const out: RawRow[] = [];
  for await (const r of xlsxRecords(file, kind)) out.push(r);
  return out;
}

describe('streaming XLSX reader', () => {
  const big = path.join(dir, 'big.xlsx');
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').addRow(['这是说明页']);
    const ws = wb.addWorksheet('投标');
    ws.addRow(['名称', '日期', '比例', '金额', '中标']);
    for (let i = 0; i < 1200; i++)
      ws.addRow([chinese(i), new Date(Date.UTC(2024, 2, 5 + (i % 20))), 0.35, 1234567.5, i % 2 === 0]);
    ws.getColumn(2).numFmt = 'yyyy"年"m"月"d"日"';
    ws.getColumn(3).numFmt = '0%';
    await wb.xlsx.writeFile(big);
  });

  it('has a shared-string table far larger than the 16 KB inflate chunks (the exceljs bug needs this)', async () => {
    const zip = await ZipReader.open(big);
    const xml = await zip.whole('xl/sharedStrings.xml');
    zip.close();
    expect(Buffer.byteLength(xml)).toBeGreaterThan(4 * 16 * 1024);
  });

  it('reads every multi-byte string intact across chunk boundaries', async () => {
    const rows = await read(big, 'bids');
    expect(rows).toHaveLength(1201);
    for (let i = 0; i < 1200; i++) expect(rows[i + 1].cells[0]).toBe(chinese(i));
    expect(rows.some((r) => r.cells.join('').includes('\uFFFD'))).toBe(false);
  });

  it("is a file that exceljs' own streaming reader garbles (the bug this reader exists to avoid)", async () => {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(big, { sharedStrings: 'cache' });
    let garbled = 0;
    for await (const ws of reader) {
      for await (const row of ws) if (row.values.toString().includes('\uFFFD')) garbled++;
    }
    expect(garbled).toBeGreaterThan(0);
  });

  it('picks the sheet named after the kind, numbers rows by their Excel row, and renders dates and percents', async () => {
    const rows = await read(big, 'bids');
    expect(rows[0]).toEqual({ line: 1, cells: ['名称', '日期', '比例', '金额', '中标'] });
    expect(rows[1].line).toBe(2);
    expect(rows[1].cells.slice(1)).toEqual(['2024-03-05', '35%', '1234567.5', 'TRUE']);
  });

  it('reads the first sheet when none is named after the kind', async () => {
    expect((await read(big))[0].cells).toEqual(['这是说明页']);
  });

  it('refuses a truncated file with a one-line InputError', async () => {
    const cut = path.join(dir, 'cut.xlsx');
    const bytes = fs.readFileSync(big);
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(read(cut)).rejects.toBeInstanceOf(InputError);
    await expect(read(cut)).rejects.toMatchObject({ code: 'ingest.bad_xlsx' });
  });

  it('knows date formats from number formats', () => {
    expect(isDateFormat('yyyy/m/d')).toBe(true);
    expect(isDateFormat('[$-F800]dddd, mmmm dd, yyyy')).toBe(true);
    expect(isDateFormat('#,##0.00"元"')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
    expect(columnIndex('AB12')).toBe(27);
  });
});
