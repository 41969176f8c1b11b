// Matches a file's header row to a kind's columns (English key or 中文 alias, trimmed, case-insensitive).
import path from 'node:path';
import { InputError } from '../core/errors';
import { KINDS, KIND_NAMES, NODES, RELATIONSHIPS, type ColumnDef, type KindName } from '../model';

export interface MappedColumn {
  index: number;
  key: string;
  header: string;
  def: ColumnDef;
}
export interface ExtraColumn {
  index: number;
  /** Sanitised property name (letters, digits, underscore). */
  prop: string;
  header: string;
}
export interface HeaderPlan {
  kind: KindName;
  columns: MappedColumn[];
  extras: ExtraColumn[];
}

const IDENTIFIER_TYPES = new Set(['phone', 'email', 'address', 'mac', 'ip']);

/** The comparable form of a header cell: NFKC, BOM and spaces trimmed, lower-case. */
export function headerKey(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .normalize('NFKC')
    .trim()
    .toLowerCase();
}

function lookupFor(kind: KindName): Map<string, string> {
  const m = new Map<string, string>();
  for (const [key, col] of Object.entries(KINDS[kind].columns) as [string, ColumnDef][]) {
    m.set(key.toLowerCase(), key);
    for (const zh of col.zh) m.set(headerKey(zh), key);
  }
  return m;
}
const LOOKUPS = new Map(KIND_NAMES.map((k) => [k, lookupFor(k)]));

/** Property names an extra column must not overwrite (model properties, keys, the stub flag). */
const RESERVED = new Set<string>([
  'stub',
  ...Object.values(NODES).flatMap((n) => [n.key, ...Object.keys(n.props)]),
  ...Object.values(RELATIONSHIPS).flatMap((r) => Object.keys(r.props)),
  ...KIND_NAMES.flatMap((k) => Object.keys(KINDS[k].columns)),
]);

/** A safe property name for an unknown column: letters (any script), digits and `_`, never a model property. */
export function sanitiseProp(header: string, index: number): string {
  let p = header
    .normalize('NFKC')
    .trim()
    .replace(/[^\p{L}\p{N}_]+/gu, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 64);
  if (p === '') p = `col_${index + 1}`;
  if (/^\p{N}/u.test(p)) p = `_${p}`;
  if (RESERVED.has(p.toLowerCase())) p = `extra_${p}`;
  return p;
}

function matchColumns(kind: KindName, header: string[]): HeaderPlan {
  const lookup = LOOKUPS.get(kind)!;
  const columns: MappedColumn[] = [];
  const extras: ExtraColumn[] = [];
  const props = new Set<string>();
  header.forEach((h, index) => {
    const key = lookup.get(headerKey(h));
    const def = key ? (KINDS[kind].columns as Record<string, ColumnDef>)[key] : undefined;
    const taken = columns.some((c) => c.key === key);
    if (key && def && (!taken || IDENTIFIER_TYPES.has(def.type))) {
      columns.push({ index, key, header: h.trim(), def });
      return;
    }
    if (headerKey(h) === '' && index === header.length - 1) return; // a trailing comma in the header
    let prop = sanitiseProp(h, index);
    for (let i = 2; props.has(prop); i++) prop = `${sanitiseProp(h, index)}_${i}`;
    props.add(prop);
    extras.push({ index, prop, header: h.trim() });
  });
  return { kind, columns, extras };
}

function missingRequired(kind: KindName, plan: HeaderPlan): string[] {
  return (Object.entries(KINDS[kind].columns) as [string, ColumnDef][])
    .filter(([key, c]) => c.required && !plan.columns.some((m) => m.key === key))
    .map(([key, c]) => `${c.zh[0]}(${key})`);
}

/** Plans the columns of a file of `kind`; a missing required column (or a file of another kind) is an InputError. */
export function planHeader(kind: KindName, header: string[], file: string): HeaderPlan {
  const plan = matchColumns(kind, header);
  const missing = missingRequired(kind, plan);
  if (missing.length === 0) return plan;
  const name = path.basename(file);
  const other = KIND_NAMES.find(
    (k) => k !== kind && missingRequired(k, matchColumns(k, header)).length === 0,
  );
  const hintZh = other ? `；表头看起来是「${KINDS[other].zh}」(${other}) 文件，请检查文件或 --kind` : '';
  const hintEn = other ? `; the header looks like a ${other} file, check the file or --kind` : '';
  throw new InputError(
    other ? 'ingest.wrong_kind' : 'ingest.missing_column',
    `${name}：缺少「${KINDS[kind].zh}」(${kind}) 的必填列 ${missing.join('、')}${hintZh}`,
    `${name}: missing required column(s) ${missing.join(', ')} of kind ${kind}${hintEn}`,
    { file, expected: missing.join(', ') },
  );
}
