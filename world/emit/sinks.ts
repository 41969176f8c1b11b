// Opens one sink per kind with the contract's Chinese headers (first alias of each column, in model/kinds.ts order).
import fs from 'node:fs';
import path from 'node:path';
import { KIND_NAMES, KINDS, type KindName } from '../../model/kinds';
import { type Format, TableSink } from './sink';

/** Extra HR columns on persons (kept by the loader as plain properties). */
export const PERSON_EXTRA_HEADERS = ['性别', '出生日期'];

export type Sinks = Record<KindName, TableSink>;

/** Where each format's files go: `outDir` for one format, `outDir/<format>/` for several. */
export function formatDirs(outDir: string, formats: readonly Format[]): Partial<Record<Format, string>> {
  const dirs: Partial<Record<Format, string>> = {};
  for (const f of formats) dirs[f] = formats.length === 1 ? outDir : path.join(outDir, f);
  return dirs;
}

export function headerOf(kind: KindName): string[] {
  const cols = Object.values(KINDS[kind].columns).map((c) => c.zh[0]);
  return kind === 'persons' ? [...cols, ...PERSON_EXTRA_HEADERS] : cols;
}

export function openSinks(outDir: string, formats: readonly Format[]): Sinks {
  const dirs = formatDirs(outDir, formats);
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  const sinks = {} as Sinks;
  for (const kind of KIND_NAMES) {
    const names = { csv: `${kind}.csv`, gbk: `${KINDS[kind].zh}.csv`, xlsx: `${kind}.xlsx` };
    sinks[kind] = new TableSink(dirs, names, KINDS[kind].zh, headerOf(kind));
  }
  return sinks;
}

export async function drainAll(sinks: Sinks): Promise<void> {
  for (const k of KIND_NAMES) await sinks[k].drain();
}

export async function closeAll(sinks: Sinks): Promise<void> {
  for (const k of KIND_NAMES) await sinks[k].close();
}
