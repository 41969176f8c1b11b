// Test helpers for ingest: the fixture world copied as UTF-8 CSV, GBK CSV or XLSX, and graph fingerprints.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { ROOT } from '../../../core/config';
import { inline } from '../../../graph/cypher';
import type { Neo4jGraph } from '../../../graph/port';
import { csvRecords } from '../../../ingest/csv-source';
import { sniffFile } from '../../../ingest/sniff';

export const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'ingest');
export type Format = 'utf8' | 'gbk' | 'xlsx';

export function tmpDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `mj-ingest-${prefix}-`));
}

async function toXlsx(csv: string, out: string, sheet: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for await (const r of csvRecords(csv, await sniffFile(csv))) {
    if (r.cells.length === 0) continue;
    // Real Excel dates for ISO dates, so the loader reads date-formatted serial numbers.
    const row = ws.addRow(
      r.cells.map((c) => (/^\d{4}-\d{2}-\d{2}$/.test(c) ? new Date(`${c}T00:00:00Z`) : c)),
    );
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    });
  }
  await wb.xlsx.writeFile(out);
}

/** The fixture world (one file per kind) in a fresh folder, in the given format; files named in reverse order. */
export async function worldIn(format: Format, src = path.join(FIXTURES, 'world')): Promise<string> {
  const dir = tmpDir(format);
  for (const name of fs.readdirSync(src).sort().reverse()) {
    const from = path.join(src, name);
    const stem = name.replace(/\.csv$/, '');
    if (format === 'utf8') fs.copyFileSync(from, path.join(dir, name));
    else if (format === 'gbk')
      fs.writeFileSync(path.join(dir, name), iconv.encode(fs.readFileSync(from, 'utf8'), 'gbk'));
    else await toXlsx(from, path.join(dir, `${stem}.xlsx`), stem);
  }
  return dir;
}

export async function rows<T = Record<string, unknown>>(
  g: Neo4jGraph,
  q: string,
  p: Record<string, unknown> = {},
) {
  return (await g.read(inline('test', q), p)) as T[];
}

/** Counts by label and by relationship type, as one comparable object. */
export async function shape(g: Neo4jGraph): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const r of await rows<{ k: string; n: number }>(
    g,
    'MATCH (n) RETURN labels(n)[0] AS k, count(*) AS n',
  ))
    out[r.k] = r.n;
  for (const r of await rows<{ k: string; n: number }>(
    g,
    'MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n',
  ))
    out[r.k] = r.n;
  return out;
}

/** JSON with sorted keys, so equal property maps print equally. */
function stable(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stable(o[k])}`)
    .join(',')}}`;
}

/** Every node and relationship with its labels, type and properties, in a stable order. */
export async function fingerprint(g: Neo4jGraph): Promise<string[]> {
  const nodes = await rows(g, 'MATCH (n) RETURN labels(n) AS l, properties(n) AS p');
  const rels = await rows(
    g,
    'MATCH (a)-[r]->(b) RETURN properties(a) AS a, type(r) AS t, properties(r) AS p, properties(b) AS b',
  );
  return [...nodes, ...rels].map(stable).sort();
}
