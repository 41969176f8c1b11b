// Cell parsers for each value type of the model: numbers, money, percent, booleans, ids, enums, identifiers.
import { isValidIdCard, isValidUscc, looksLikeIdCard, looksLikeUscc, usccCheckChar } from '../core/ids';
import { NODES, RELATIONSHIPS, type ColumnDef, type PropertyDef, type ValueType } from '../model';
import { CellError } from './cell-error';
import { parseDate, parseDateTime } from './dates';
import {
  identifiers,
  normaliseAddress,
  normaliseEmail,
  normaliseIp,
  normaliseMac,
  normalisePhone,
} from './normalise';
import { nfkc } from './nfkc';

/** How a party id looked when parsed; resolution against the graph decides its label (see resolve.ts). */
export type IdClass = 'uscc' | 'idcard' | 'opaque' | 'bad-uscc' | 'bad-idcard';
export interface PartyRef {
  id: string;
  cls: IdClass;
}

export type CellParser = (raw: string) => unknown;

const bad = (zh: string, en: string): never => {
  throw new CellError(zh, en);
};

function numberText(raw: string): string {
  return nfkc(raw).trim().replace(/\s+/g, '').replace(/^−/, '-');
}

function plainNumber(s: string, raw: string, what: [string, string]): number {
  let t = s;
  if (t.includes(',')) {
    if (!/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t))
      bad(`${what[0]}无效：「${raw}」`, `invalid ${what[1]} "${raw}"`);
    t = t.replace(/,/g, '');
  }
  const n = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t) ? Number(t) : NaN;
  if (!Number.isFinite(n))
    bad(`${what[0]}无效：「${raw}」（应为数字）`, `invalid ${what[1]} "${raw}" (expected a number)`);
  return n;
}

const SCALE: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Money in yuan: 1234567.5, 1,234,567.50, ¥1,000, 12.5万元; rounded to the fen. */
export function parseMoney(raw: string): number {
  const m = /^(?:¥|RMB|CNY)?(.*?)(万|亿)?(?:元|圆)?$/i.exec(numberText(raw).replace(/^￥/, '¥'))!;
  const n = plainNumber(m[1], raw, ['金额', 'amount']) * (m[2] ? SCALE[m[2]] : 1);
  return Math.round(n * 100) / 100;
}

/** Percent stored as 0..100: `35`, `35%`, or `0.35` when the whole column is fractions (decided in the pre-scan). */
export function parsePercent(raw: string, fractionColumn: boolean): number {
  const s = numberText(raw);
  const pct = s.endsWith('%');
  let n = plainNumber(pct ? s.slice(0, -1) : s, raw, ['比例', 'percentage']);
  if (!pct && fractionColumn) n *= 100;
  n = Math.round(n * 1e6) / 1e6;
  if (n < 0 || n > 100) {
    bad(`比例超出 0–100%：「${raw}」`, `percentage "${raw}" is outside 0–100%`);
  }
  return n;
}

const TRUE = new Set(['是', 'true', '1', 'y', 'yes', 't', '√']);
const FALSE = new Set(['否', 'false', '0', 'n', 'no', 'f', '×']);

export function parseBool(raw: string): boolean {
  const s = nfkc(raw).trim().toLowerCase();
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  return bad(
    `是否值无效：「${raw}」（应为 是/否、true/false、1/0 或 Y/N）`,
    `invalid yes/no value "${raw}" (expected 是/否, true/false, 1/0 or Y/N)`,
  );
}

export function parseInt_(raw: string): number {
  const n = plainNumber(numberText(raw), raw, ['整数', 'integer']);
  if (!Number.isInteger(n)) bad(`整数无效：「${raw}」`, `invalid integer "${raw}"`);
  return n;
}

export function parseFloat_(raw: string): number {
  return plainNumber(numberText(raw), raw, ['数值', 'number']);
}

const idText = (raw: string) => nfkc(raw).trim().toUpperCase();

/** 统一社会信用代码: 18 characters of its alphabet and a valid check character. */
export function parseUscc(raw: string): string {
  const u = idText(raw);
  if (!looksLikeUscc(u)) {
    bad(
      `统一社会信用代码格式错误：「${raw}」（应为 18 位数字或大写字母，不含 I、O、S、V、Z）`,
      `malformed USCC "${raw}" (expected 18 digits or capital letters without I, O, S, V, Z)`,
    );
  }
  if (!isValidUscc(u)) {
    const want = usccCheckChar(u.slice(0, 17));
    bad(
      `统一社会信用代码校验位错误：「${raw}」（第 18 位应为 ${want}）`,
      `USCC "${raw}" fails its check character (the 18th character should be ${want})`,
    );
  }
  return u;
}

/** A person id: an 18-character 身份证号 must pass its check digit; passports and others are opaque. */
export function parsePersonId(raw: string): string {
  const u = idText(raw);
  if (looksLikeIdCard(u) && !isValidIdCard(u)) {
    bad(
      `身份证号校验位或出生日期错误：「${raw}」`,
      `ID card number "${raw}" fails its check digit or has an impossible birth date`,
    );
  }
  return opaque(u, raw);
}

function opaque(u: string, raw: string): string {
  if (u.length > 64 || /[\p{Cc}]/u.test(u)) {
    bad(`编号无效：「${raw}」（最多 64 个字符）`, `invalid identifier "${raw}" (at most 64 characters)`);
  }
  if (/^\d(\.\d+)?E\+?\d+$/.test(u)) {
    bad(
      `编号「${raw}」被 Excel 存成了数字（科学计数法），末几位已丢失；请把该列设为文本格式后重新录入`,
      `id "${raw}" was stored by Excel as a number (scientific notation) and lost its last digits; format the column as text and re-enter it`,
    );
  }
  return u;
}

/** A party id (holder, payer, payee): classified here, resolved against the graph per batch. */
export function parsePartyId(raw: string): PartyRef {
  const id = opaque(idText(raw), raw);
  if (isValidUscc(id)) return { id, cls: 'uscc' };
  if (looksLikeIdCard(id)) return { id, cls: isValidIdCard(id) ? 'idcard' : 'bad-idcard' };
  if (looksLikeUscc(id)) return { id, cls: 'bad-uscc' };
  return { id, cls: 'opaque' };
}

/** An enum value: the stored key or any of its 中文 names, case-insensitive. */
export function enumParser(def: PropertyDef): CellParser {
  const values = def.values ?? {};
  const lookup = new Map<string, string>();
  for (const [key, names] of Object.entries(values)) {
    lookup.set(key.toLowerCase(), key);
    for (const n of names) lookup.set(n.toLowerCase(), key);
  }
  const allowed = Object.entries(values)
    .map(([k, names]) => `${names[0]}/${k}`)
    .join('、');
  return (raw) =>
    lookup.get(nfkc(raw).trim().toLowerCase()) ??
    bad(
      `「${raw}」不是允许的值（可选：${allowed}）`,
      `"${raw}" is not an allowed value (one of: ${allowed})`,
    );
}

function enumDef(col: ColumnDef): PropertyDef {
  const of = col.enumOf!;
  const owner =
    (NODES as Record<string, { props: Record<string, PropertyDef> }>)[of.label] ??
    (RELATIONSHIPS as Record<string, { props: Record<string, PropertyDef> }>)[of.label];
  return owner.props[of.prop];
}

const PARSERS: Partial<Record<ValueType, CellParser>> = {
  string: (s) => s.trim(),
  text: (s) => s.trim(),
  date: parseDate,
  datetime: parseDateTime,
  money: parseMoney,
  bool: parseBool,
  int: parseInt_,
  float: parseFloat_,
  uscc: parseUscc,
  person_id: parsePersonId,
  org_code: (s) => opaque(idText(s), s),
  party_id: parsePartyId,
  entity_id: (s) => opaque(idText(s), s),
  phone: (s) => identifiers(s, normalisePhone),
  email: (s) => identifiers(s, normaliseEmail),
  address: (s) => identifiers(s, normaliseAddress, false),
  mac: (s) => identifiers(s, normaliseMac),
  ip: (s) => identifiers(s, normaliseIp),
};

/** The parser of one column; `fraction` says a %-less percent column holds fractions (0.35 = 35%). */
export function columnParser(col: ColumnDef, fraction = false): CellParser {
  if (col.type === 'percent') return (s) => parsePercent(s, fraction);
  if (col.type === 'enum') return enumParser(enumDef(col));
  const p = PARSERS[col.type];
  if (!p) throw new Error(`no parser for value type ${col.type}`);
  return p;
}
