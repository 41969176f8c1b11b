// Identifier material for the world: USCC with GB 11714 organisation code, 身份证号, phones, e-mails, MACs and IPs.
import { idCardCheckChar, usccCheckChar } from '../core/ids';
import { compactDate } from './calendar';
import { hash32 } from './rng';

const ORG_CODE_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 check character of an 8-character organisation code. */
export function orgCodeCheckChar(code8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += ORG_CODE_CHARS.indexOf(code8[i]) * ORG_WEIGHTS[i];
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** A permutation of [0, 2^(2·half)): a 3-round Feistel network with multiply-xorshift rounds keyed by `salt`. */
function feistel(x: number, half: number, salt: number): number {
  const mask = (1 << half) - 1;
  let l = x >>> half;
  let r = x & mask;
  for (let round = 0; round < 3; round++) {
    const f = (Math.imul((r ^ salt) + round * 0x632be5ab, 0x9e3779b1) >>> 9) & mask;
    const t = r;
    r = l ^ f;
    l = t;
  }
  return ((l << half) | r) >>> 0;
}

/**
 * A keyed bijection of [0, 10^digits): distinct inputs give distinct, scattered outputs (Feistel permutation with
 * cycle walking). `salt` selects the permutation, so different identifier kinds do not share digit patterns.
 */
export function scatter(i: number, digits: number, salt: number): number {
  const m = 10 ** digits;
  let half = 1;
  while (2 ** (2 * half) < m) half++;
  let x = i % m;
  do x = feistel(x, half, salt);
  while (x >= m);
  return x;
}

/**
 * A 统一社会信用代码: registration authority + type (`91` enterprise, `11` 机关, `12` 事业单位, `54` 村委会),
 * the region code, a 9-character organisation code (8 scattered digits + GB 11714 check) and the GB 32100 check.
 */
export function makeUscc(prefix2: string, region6: string, serial: number, salt: number): string {
  const org8 = String(scatter(serial, 8, salt ^ 0x1)).padStart(8, '0');
  const first17 = prefix2 + region6 + org8 + orgCodeCheckChar(org8);
  return first17 + usccCheckChar(first17);
}

/** An 18-digit 居民身份证号 from its region code, birth day number and 3-digit sequence (odd = male). */
export function makeIdCard(region6: string, birthDay: number, seq: number): string {
  const first17 = region6 + compactDate(birthDay) + String(seq).padStart(3, '0');
  return first17 + idCardCheckChar(first17);
}

const MOBILE_PREFIXES = [
  '138',
  '139',
  '135',
  '136',
  '137',
  '150',
  '151',
  '152',
  '158',
  '159',
  '182',
  '183',
  '187',
  '188',
  '130',
  '131',
  '132',
  '155',
  '156',
  '185',
  '186',
  '133',
  '153',
  '180',
  '181',
  '189',
  '177',
  '199',
  '166',
  '178',
];

/** A mobile number unique for each `i` (the last 8 digits are a bijection of `i`). */
export function mobile(i: number, salt: number): string {
  const prefix = MOBILE_PREFIXES[hash32(i, salt) % MOBILE_PREFIXES.length];
  return prefix + String(scatter(i, 8, salt ^ 0x2)).padStart(8, '0');
}

/** A landline `0571-8xxxxxxx` unique for each `i` within the area. */
export function landline(area: string, i: number, salt: number): string {
  const n = String(scatter(i, 7, salt ^ 0x3)).padStart(7, '0');
  return `${area}-${(hash32(i, salt, 7) % 7) + 2}${n}`;
}

const OUIS = ['00-E0-4C', '3C-97-0E', '54-E1-AD', 'F4-8E-38', '00-1A-2B', 'B0-83-FE', '8C-EC-4B', 'D4-3D-7E'];

/** A MAC address (upper-case hex, dash-separated) unique for each `i` below 2^24 per OUI. */
export function mac(i: number, salt: number): string {
  const oui = OUIS[hash32(i, salt, 3) % OUIS.length];
  const n = (Math.imul(i, 0x9e3779b1) + salt) & 0xffffff;
  const hex = n.toString(16).toUpperCase().padStart(6, '0');
  return `${oui}-${hex.slice(0, 2)}-${hex.slice(2, 4)}-${hex.slice(4, 6)}`;
}

const NETS = [115, 122, 183, 60, 125, 112, 36, 39];

/** A public IPv4 address unique for each `i` below 2^23. */
export function ipv4(i: number, salt: number): string {
  const first = NETS[hash32(i, salt, 5) % NETS.length];
  const n = (Math.imul(i, 0x2545f491) + salt) & 0x7fffff;
  return `${first}.${n >>> 15}.${(n >>> 7) & 255}.${(n & 127) + 1}`;
}
