// Parses the date forms of the import contract (2024-03-05, 2024/3/5, 2024年3月5日, 20240305, Excel serial).
import { CellError } from './cell-error';
import { nfkc } from './nfkc';

const DAY_MS = 86_400_000;
/** Excel's 1900 date system counts from 1899-12-30 (it wrongly treats 1900 as a leap year). */
const EXCEL_EPOCH_1900 = Date.UTC(1899, 11, 30);
const EXCEL_EPOCH_1904 = Date.UTC(1904, 0, 1);
const MAX_SERIAL = 2_958_465; // 9999-12-31
/** Serials below 1910-01-01 are refused so a bare year such as 2024 is not read as a day in 1905. */
const MIN_SERIAL = 3_654;

const YMD = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL = /^\d{1,7}(\.\d+)?$/;
const TIME = /^(\d{1,2})[:：时](\d{1,2})(?:[:：分](\d{1,2})(?:\.\d+)?秒?)?分?$/;
const ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function isoDay(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2100 || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** An Excel serial day number as a UTC timestamp in ms. */
export function excelSerialToMs(serial: number, date1904 = false): number {
  return (date1904 ? EXCEL_EPOCH_1904 : EXCEL_EPOCH_1900) + Math.round(serial * DAY_MS);
}

/** Formats a UTC timestamp (Excel serials and zone-less times are wall-clock times) as ISO text. */
export function isoFromMs(ms: number, withTime: boolean): string {
  const t = new Date(Math.round(ms / 1000) * 1000);
  const day = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  if (!withTime) return day;
  return `${day}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
}

function dayPart(s: string): string | null {
  let m = YMD.exec(s) ?? COMPACT.exec(s);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = SERIAL.exec(s);
  if (m) {
    const n = Number(s);
    if (n >= MIN_SERIAL && n <= MAX_SERIAL && Number.isInteger(n))
      return isoFromMs(excelSerialToMs(n), false);
  }
  return null;
}

function splitDateTime(s: string): [string, string] {
  const zh = s.indexOf('日');
  if (zh >= 0) return [s.slice(0, zh + 1), s.slice(zh + 1).trim()];
  const m = /^(\S+?)(?:[ T]+(.+))?$/.exec(s);
  return m ? [m[1], (m[2] ?? '').trim()] : [s, ''];
}

const dateError = (raw: string) =>
  new CellError(
    `日期无效：「${raw}」（应为 2024-03-05、2024/3/5、2024年3月5日、20240305 或 Excel 日期）`,
    `invalid date "${raw}" (expected 2024-03-05, 2024/3/5, 2024年3月5日, 20240305 or an Excel date)`,
  );

/** A calendar date as `YYYY-MM-DD`; a midnight time part (Excel exports add one) is accepted. */
export function parseDate(raw: string): string {
  const s = nfkc(raw).trim();
  const direct = dayPart(s);
  if (direct) return direct;
  const [d, time] = splitDateTime(s);
  const day = dayPart(d);
  if (day && (time === '' || /^0{1,2}[:：]0{1,2}([:：]0{1,2}(\.0+)?)?$/.test(time))) return day;
  throw dateError(raw);
}

function timeOfDay(time: string, raw: string): number {
  if (time === '') return 0;
  const m = TIME.exec(time);
  const [h, mi, se] = m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : [NaN, 0, 0];
  if (!(h <= 23 && mi <= 59 && se <= 59)) throw dateError(raw);
  return ((h * 60 + mi) * 60 + se) * 1000;
}

/** A date and time as `YYYY-MM-DDTHH:mm:ss` in China time; a zone suffix (Z, +08:00) is converted. */
export function parseDateTime(raw: string): string {
  const s = nfkc(raw).trim();
  if (SERIAL.test(s) && Number(s) >= MIN_SERIAL && Number(s) <= MAX_SERIAL) {
    return isoFromMs(excelSerialToMs(Number(s)), true);
  }
  const zone = ZONE.exec(s);
  const body = zone ? s.slice(0, zone.index).trim() : s;
  const [d, time] = splitDateTime(body);
  const day = dayPart(d);
  if (!day) throw dateError(raw);
  let ms = Date.parse(`${day}T00:00:00Z`) + timeOfDay(time, raw);
  if (zone) ms += 8 * 3_600_000 - zoneOffsetMs(zone[1]);
  return isoFromMs(ms, true);
}

function zoneOffsetMs(z: string): number {
  if (z.toUpperCase() === 'Z') return 0;
  const sign = z[0] === '-' ? -1 : 1;
  const digits = z.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}
