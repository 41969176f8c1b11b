// Check characters of Chinese identifiers: 统一社会信用代码 (GB 32100-2015) and 居民身份证号 (GB 11643, ISO 7064 MOD 11-2).

export const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const USCC_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The 18th character of a USCC given its first 17. */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARS.indexOf(first17[i]);
    if (v < 0) throw new RangeError(`invalid USCC character ${first17[i]}`);
    sum += v * USCC_WEIGHTS[i];
  }
  return USCC_CHARS[(31 - (sum % 31)) % 31];
}

/** Whether the string (upper-cased, trimmed) is a USCC with a valid check character. */
export function isValidUscc(s: string): boolean {
  const u = s.trim().toUpperCase();
  return USCC_SHAPE.test(u) && usccCheckChar(u.slice(0, 17)) === u[17];
}

/** Whether the string has the shape of a USCC (18 characters of its alphabet), valid or not. */
export function looksLikeUscc(s: string): boolean {
  return USCC_SHAPE.test(s.trim().toUpperCase());
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
const ID_SHAPE = /^\d{17}[\dX]$/;

/** The 18th character of a 身份证号 given its first 17 digits. */
export function idCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

/** Whether the string has the shape of an 18-character 身份证号 (17 digits and a digit or X). */
export function looksLikeIdCard(s: string): boolean {
  return ID_SHAPE.test(s.trim().toUpperCase());
}

/** Whether an 18-character 身份证号 passes its check digit and carries a real birth date. */
export function isValidIdCard(s: string): boolean {
  const u = s.trim().toUpperCase();
  if (!ID_SHAPE.test(u) || idCardCheckChar(u.slice(0, 17)) !== u[17]) return false;
  const y = Number(u.slice(6, 10));
  const m = Number(u.slice(10, 12));
  const d = Number(u.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
