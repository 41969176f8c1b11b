// Test helpers: generate a world into a temporary folder and read its CSV files back as records with English keys.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KINDS, type KindName } from '../../../model/kinds';
import { generateWorld, type GenerateOptions, type GenerateResult } from '../../../world/generate';

export type Row = Record<string, string>;

/** RFC 4180 parsing of one CSV text (quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const endCell = (): void => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted && ch === '"' && s[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && ch === '"') quoted = false;
    else if (quoted) cell += ch;
    else if (ch === '"') quoted = true;
    else if (ch === ',') endCell();
    else if (ch === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else if (ch !== '\r') cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** English key of each Chinese header of a kind (first alias), plus the persons' extra HR columns. */
function keyOf(kind: KindName): Map<string, string> {
  const m = new Map<string, string>([
    ['性别', 'sex'],
    ['出生日期', 'birth'],
  ]);
  for (const [k, c] of Object.entries(KINDS[kind].columns)) m.set(c.zh[0], k);
  return m;
}

export function readKind(dir: string, kind: KindName, text?: string): Row[] {
  const [header, ...rows] = parseCsv(text ?? fs.readFileSync(path.join(dir, `${kind}.csv`), 'utf8'));
  const keys = keyOf(kind);
  const names = header.map((h) => keys.get(h) ?? h);
  return rows.map((r) => Object.fromEntries(names.map((n, k) => [n, r[k] ?? ''])));
}

export type World = Record<KindName, Row[]>;

export function readWorld(dir: string): World {
  const out = {} as World;
  for (const kind of Object.keys(KINDS) as KindName[]) out[kind] = readKind(dir, kind);
  return out;
}

const made: string[] = [];

export function tmpDir(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `mj-world-${label}-`));
  made.push(dir);
  return dir;
}

/** Removes the folders `tmpDir` made (call from afterAll). */
export function removeTmp(): void {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

export async function generateInto(
  label: string,
  opts: Omit<GenerateOptions, 'outDir'>,
): Promise<GenerateResult & { dir: string }> {
  const dir = tmpDir(label);
  const r = await generateWorld({ ...opts, outDir: dir });
  return { ...r, dir };
}

/** Groups rows by a key. */
export function groupBy(rows: readonly Row[], key: string): Map<string, Row[]> {
  const m = new Map<string, Row[]>();
  for (const r of rows) m.set(r[key], [...(m.get(r[key]) ?? []), r]);
  return m;
}
