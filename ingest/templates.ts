// Empty import templates per kind (CSV UTF-8 with BOM, XLSX) with 中文 headers, generated from the model.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { ROOT } from '../core/config';
import { KINDS, KIND_NAMES, type ColumnDef, type KindName } from '../model';

export const TEMPLATES_DIR = path.join(ROOT, 'templates');

const TYPE_HINT: Partial<Record<ColumnDef['type'], string>> = {
  date: '日期 date: 2024-03-05',
  datetime: '时间 datetime: 2024-03-05 14:30',
  money: '金额（元）amount in yuan: 1234567.50',
  percent: '比例 percent: 35 或 35%',
  bool: '是/否 yes/no',
  uscc: '18 位统一社会信用代码 18-character USCC',
  person_id: '身份证号或护照号 ID card or passport number',
  party_id: '统一社会信用代码、单位代码或证件号 USCC, org code or person id',
  entity_id: '统一社会信用代码或单位代码 USCC or org code',
  phone: '电话，多个用 ; 分隔 phones, separated by ;',
  mac: 'MAC 地址或机器码 MAC or machine code',
  ip: 'IP 地址 IP address',
  enum: '取值见说明 see allowed values',
};

function columns(kind: KindName): [string, ColumnDef][] {
  return Object.entries(KINDS[kind].columns) as [string, ColumnDef][];
}

/** The header row of a kind's template: each column's first 中文 name. */
export function templateHeaders(kind: KindName): string[] {
  return columns(kind).map(([, c]) => c.zh[0]);
}

export function csvTemplate(kind: KindName): string {
  return '\uFEFF' + templateHeaders(kind).join(',') + '\r\n';
}

function note(key: string, c: ColumnDef): string {
  const parts = [`${key}${c.required ? '（必填 required）' : ''}`];
  if (c.zh.length > 1) parts.push(`也可用表头 also accepted: ${c.zh.slice(1).join('、')}`);
  const hint = TYPE_HINT[c.type];
  if (hint) parts.push(hint);
  return parts.join('\n');
}

export async function xlsxTemplate(kind: KindName, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Mingjing';
  wb.created = wb.modified = new Date(Date.UTC(2024, 0, 1));
  const ws = wb.addWorksheet(KINDS[kind].zh);
  const cols = columns(kind);
  ws.addRow(cols.map(([, c]) => c.zh[0]));
  cols.forEach(([key, c], i) => {
    const cell = ws.getRow(1).getCell(i + 1);
    cell.font = { bold: true, color: c.required ? { argb: 'FFC00000' } : undefined };
    cell.note = note(key, c);
    ws.getColumn(i + 1).width = Math.max(12, c.zh[0].length * 2.2 + 2);
    // Ids and phones are text: keep Excel from turning 身份证号 into 1.1E+17.
    if (['uscc', 'person_id', 'party_id', 'entity_id', 'org_code', 'phone', 'string'].includes(c.type)) {
      ws.getColumn(i + 1).numFmt = '@';
    }
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  await wb.xlsx.writeFile(file);
}

/** Writes templates/<kind>.csv and templates/<kind>.xlsx for every kind; returns the paths written. */
export async function writeTemplates(dir = TEMPLATES_DIR): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  for (const kind of KIND_NAMES) {
    const csv = path.join(dir, `${kind}.csv`);
    fs.writeFileSync(csv, csvTemplate(kind));
    const xlsx = path.join(dir, `${kind}.xlsx`);
    await xlsxTemplate(kind, xlsx);
    out.push(path.relative(process.cwd(), csv), path.relative(process.cwd(), xlsx));
  }
  return out;
}
