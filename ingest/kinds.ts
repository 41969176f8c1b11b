// Which kind a file holds (from --kind or its file-name stem) and the dependency order files load in.
import fs from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../core/errors';
import { KINDS, KIND_NAMES, isKindName, type KindName } from '../model';

/** Every stem and name of every kind, longest first so `persons` wins over `person` and 招标项目 over 招标. */
const STEMS: [string, KindName][] = KIND_NAMES.flatMap((k) =>
  [k, KINDS[k].zh, ...KINDS[k].stems].map((s) => [s.toLowerCase(), k] as [string, KindName]),
).sort((a, b) => b[0].length - a[0].length);

const FILE_EXT = /\.(csv|xlsx)$/i;
const REJECTS_SUFFIX = /\.rejects\.csv$/i;

/** The kind named by `name` (English key, 中文 name or any stem), or undefined. */
export function kindByName(name: string): KindName | undefined {
  const n = name.normalize('NFKC').trim().toLowerCase();
  if (isKindName(n)) return n;
  return STEMS.find(([s]) => s === n)?.[1];
}

/** The kind a file name selects: its stem starts with a kind's stem (`bids_2024.csv`, `投标.xlsx`). */
export function kindFromFileName(file: string): KindName | undefined {
  const stem = path
    .basename(file)
    .replace(/\.[^.]*$/, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^[\d\s_.-]+/, '');
  return STEMS.find(([s]) => stem.startsWith(s))?.[1];
}

const kindList = KIND_NAMES.map((k) => `${k}/${KINDS[k].zh}`).join('、');

/** The kind of one input: --kind if given (must be known), else the file name. */
export function resolveKind(file: string, kindOpt?: string): KindName {
  if (kindOpt !== undefined) {
    const k = kindByName(kindOpt);
    if (k) return k;
    throw new InputError(
      'ingest.unknown_kind',
      `未知的数据类别「${kindOpt}」，可选：${kindList}`,
      `unknown kind "${kindOpt}"; expected one of: ${KIND_NAMES.join(', ')}`,
      { field: 'kind', expected: KIND_NAMES.join(', ') },
    );
  }
  const k = kindFromFileName(file);
  if (k) return k;
  throw new InputError(
    'ingest.unknown_kind',
    `${path.basename(file)}：无法从文件名判断数据类别，请用 --kind 指定或把文件命名为 投标.xlsx、bids.csv 等（可选：${kindList}）`,
    `${path.basename(file)}: cannot tell the kind from the file name; use --kind or name it like bids.csv (kinds: ${KIND_NAMES.join(', ')})`,
    { file, expected: KIND_NAMES.join(', ') },
  );
}

/** One file to load: where it is, the name shown to users (an upload's original name) and an explicit kind. */
export interface InputFile {
  path: string;
  name?: string;
  kind?: string;
}

/** Expands folders (their .csv/.xlsx files, not rejects reports or Office lock files) into input files. */
export async function expandInputs(inputs: (string | InputFile)[], kind?: string): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const input of inputs) {
    const f: InputFile = typeof input === 'string' ? { path: input } : input;
    const stat = await fs.stat(f.path).catch(() => undefined);
    if (stat?.isDirectory()) {
      const names = (await fs.readdir(f.path)).sort();
      for (const n of names) {
        if (FILE_EXT.test(n) && !REJECTS_SUFFIX.test(n) && !n.startsWith('~$') && !n.startsWith('.')) {
          out.push({ path: path.join(f.path, n), kind: f.kind ?? kind });
        }
      }
    } else {
      out.push({ ...f, kind: f.kind ?? kind });
    }
  }
  return out;
}

/** Sorts inputs into dependency order (organizations, companies, persons, then relationship kinds); unknown last. */
export function dependencyOrder<T extends InputFile>(files: T[]): T[] {
  const rank = (f: T) => {
    try {
      return KINDS[resolveKind(f.name ?? f.path, f.kind)].order;
    } catch {
      return Number.MAX_SAFE_INTEGER;
    }
  };
  return files
    .map((f, i) => ({ f, i, r: rank(f) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.f);
}
