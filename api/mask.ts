// Masks personal data (居民身份证号, mobile and other phone numbers, passports) for roles without need-to-know.
import { isValidIdCard } from '../core/ids';

const ID_CARD = /(?<![0-9A-Za-z])(\d{6})(\d{8})(\d{3}[\dXx])(?![0-9A-Za-z])/g;
/** Both patterns need 11 digits in a row; most strings (names, USCCs) fail this cheap test. */
const ELEVEN_DIGITS = /\d{11}/;
const MOBILE = /(?<![0-9A-Za-z])((?:\+?86)?1[3-9]\d)(\d{4})(\d{4})(?![0-9A-Za-z])/g;

/** Field names whose value is a person's identifier or a phone number, whatever its shape. */
const PERSON_ID_FIELDS = new Set([
  'person_id',
  'legal_rep_id',
  'manager_id',
  'expert_id',
  'approver_id',
  'relative_id',
]);
const PHONE_FIELDS = new Set(['phone', 'contact_phone', 'phones']);

/** `110105199001011234` → `110105********1234`; any other id keeps its first 2 and last 2 characters. */
export function maskPersonId(id: string): string {
  if (/^\d{17}[\dXx]$/.test(id)) return `${id.slice(0, 6)}********${id.slice(14)}`;
  if (id.length <= 4) return '*'.repeat(id.length);
  return `${id.slice(0, 2)}${'*'.repeat(id.length - 4)}${id.slice(-2)}`;
}

/** `13812345678` → `138****5678`; other numbers keep their first 3 and last 4 digits. */
export function maskPhone(phone: string): string {
  const m = /^(.*?)(\d{4})$/.exec(phone);
  if (!m || phone.length <= 7) return '*'.repeat(phone.length);
  const head = phone.slice(0, 3);
  return `${head}${'*'.repeat(Math.max(4, phone.length - 7))}${m[2]}`;
}

/** Masks 身份证号 (valid check digit) and mobile numbers found anywhere in free text. */
export function maskText(s: string): string {
  if (s.length < 11 || !ELEVEN_DIGITS.test(s)) return s;
  return s
    .replace(ID_CARD, (all, a: string, _b: string, c: string) =>
      isValidIdCard(all) ? `${a}********${c.slice(-4)}` : all,
    )
    .replace(MOBILE, (_all, a: string, _b: string, c: string) => `${a}****${c}`);
}

type Json = unknown;

function maskNode(o: Record<string, Json>): Record<string, Json> {
  const out = maskObject(o);
  if (o.label === 'Person' && typeof o.key === 'string') {
    out.key = maskPersonId(o.key);
    if (typeof o.id === 'string') out.id = `Person:${out.key}`;
  }
  if (o.label === 'Phone') {
    for (const k of ['key', 'name', 'value', 'raw'] as const)
      if (typeof o[k] === 'string') out[k] = maskPhone(o[k]);
    if (typeof o.id === 'string') out.id = `Phone:${out.key}`;
  }
  return out;
}

function maskObject(o: Record<string, Json>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(o)) {
    if (typeof v === 'string' && PERSON_ID_FIELDS.has(k)) out[k] = maskPersonId(v);
    else if (typeof v === 'string' && PHONE_FIELDS.has(k)) out[k] = maskPhone(v);
    else out[k] = maskDeep(v);
  }
  return out;
}

/**
 * Returns a masked copy: node-like objects (`{label, key}`) of Person and Phone get their key masked,
 * personal fields by name, and every other string has embedded 身份证号 and mobiles masked.
 * Node ids of the form `Person:<key>` are masked too, so masked ids still join nodes to edges.
 */
export function maskDeep(v: Json): Json {
  if (typeof v === 'string') return maskText(maskRef(v));
  if (Array.isArray(v)) return v.map(maskDeep);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, Json>;
  if (typeof o.label === 'string' && 'key' in o) return maskNode(o);
  if (
    Array.isArray(o.labels) &&
    o.labels.includes('Phone') &&
    o.properties &&
    typeof o.properties === 'object'
  ) {
    const props = maskObject(o.properties as Record<string, Json>);
    for (const k of ['value', 'raw'])
      if (typeof props[k] === 'string') props[k] = maskPhone(props[k] as string);
    return { ...maskObject(o), properties: props };
  }
  return maskObject(o);
}

function maskRef(s: string): string {
  if (s.startsWith('Person:') && !s.includes('*')) return `Person:${maskPersonId(s.slice(7))}`;
  if (s.startsWith('Phone:') && !s.includes('*')) return `Phone:${maskPhone(s.slice(6))}`;
  return s;
}
