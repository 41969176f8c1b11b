// Normalises shared identifiers (phone, email, address, MAC/machine code, IP) so equal values meet in one node.
import { isIP } from 'node:net';
import { CellError } from './cell-error';
import { nfkc } from './nfkc';

/** One identifier value: `value` is the normalised key of its node, `raw` what the file said. */
export interface Identifier {
  value: string;
  raw: string;
}

/** Several values in one cell are separated by these (a phone cell may hold "138…;139…"). */
const LIST_SEPARATORS = /[;；,，、|]+/;

/** Phone: digits only, country code +86 / 0086 dropped, a landline keeps its trunk 0. */
export function normalisePhone(raw: string): string {
  const s = nfkc(raw).trim();
  let d = s.replace(/\D+/g, '');
  if (d.startsWith('0086')) d = d.slice(4);
  else if (s.startsWith('+86') || (d.startsWith('86') && d.length === 13 && d[2] === '1')) d = d.slice(2);
  else return checkPhone(d, raw);
  // After a country code a landline has lost its trunk 0 (+86 10 1234 5678 → 010 1234 5678).
  if (!(d.length === 11 && d[0] === '1') && d[0] !== '0') d = '0' + d;
  return checkPhone(d, raw);
}

function checkPhone(d: string, raw: string): string {
  if (d.length < 5 || d.length > 20 || /^(\d)\1+$/.test(d)) {
    throw new CellError(
      `电话号码无效：「${raw}」（应为 5–20 位数字，如 13800138000 或 010-12345678）`,
      `invalid phone number "${raw}" (expected 5–20 digits, e.g. 13800138000 or 010-12345678)`,
    );
  }
  return d;
}

/** Email: trimmed, lower-case, must look like name@domain. */
export function normaliseEmail(raw: string): string {
  const e = nfkc(raw).trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e)) {
    throw new CellError(
      `电子邮箱无效：「${raw}」（应形如 name@example.com）`,
      `invalid email "${raw}" (expected name@example.com)`,
    );
  }
  return e;
}

/** Address: full-width to half-width, spaces and punctuation removed, Latin letters lower-cased. */
export function normaliseAddress(raw: string): string {
  const a = nfkc(raw)
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .toLowerCase();
  if (a === '') {
    throw new CellError(`地址无效：「${raw}」（没有文字）`, `invalid address "${raw}" (no text left)`);
  }
  return a;
}

/** MAC address as AA:BB:CC:DD:EE:FF; another machine code (disk serial, CPU id) upper-case without separators. */
export function normaliseMac(raw: string): string {
  const m = nfkc(raw)
    .replace(/[\s:.\-_]+/g, '')
    .toUpperCase();
  if (!/^[0-9A-Z]{4,64}$/.test(m)) {
    throw new CellError(
      `机器码无效：「${raw}」（应为 MAC 地址如 00-1A-2B-3C-4D-5E，或字母数字机器码）`,
      `invalid machine code "${raw}" (expected a MAC such as 00-1A-2B-3C-4D-5E or an alphanumeric code)`,
    );
  }
  if (/^0+$/.test(m) || /^F+$/.test(m)) {
    throw new CellError(
      `机器码「${raw}」是占位值，不能用于关联`,
      `machine code "${raw}" is a placeholder and cannot link parties`,
    );
  }
  return /^[0-9A-F]{12}$/.test(m) ? m.match(/../g)!.join(':') : m;
}

/** IP: IPv4 without leading zeros, IPv6 in its canonical compressed lower-case form. */
export function normaliseIp(raw: string): string {
  const s = nfkc(raw).trim();
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (v4) {
    const parts = v4.slice(1).map(Number);
    if (parts.every((p) => p <= 255)) return parts.join('.');
  } else if (isIP(s) === 6) {
    return new URL(`http://[${s}]`).hostname.slice(1, -1);
  }
  throw new CellError(
    `IP 地址无效：「${raw}」（应形如 192.168.1.10）`,
    `invalid IP address "${raw}" (expected e.g. 192.168.1.10)`,
  );
}

/** Splits a cell that may hold several identifiers and normalises each; duplicates collapse. */
export function identifiers(raw: string, normalise: (s: string) => string, split = true): Identifier[] {
  const parts = split ? raw.split(LIST_SEPARATORS) : [raw];
  const seen = new Map<string, Identifier>();
  for (const p of parts) {
    const r = p.trim();
    if (r === '') continue;
    const value = normalise(r);
    if (!seen.has(value)) seen.set(value, { value, raw: r });
  }
  return [...seen.values()];
}
