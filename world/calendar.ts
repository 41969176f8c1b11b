// Day numbers (days since 1970-01-01) to civil dates and the date/time spellings the import contract accepts.

/** Days since 1970-01-01 of a civil date (Hinnant's days_from_civil). */
export function dayOf(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date [year, month, day] of a day number (Hinnant's civil_from_days). */
export function civil(day: number): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

const p2 = (n: number): string => (n < 10 ? '0' + n : String(n));

/** `2024-03-05` */
export function isoDate(day: number): string {
  const [y, m, d] = civil(day);
  return `${y}-${p2(m)}-${p2(d)}`;
}

/** `2024/3/5`, the spelling of many Chinese spreadsheet exports. */
export function slashDate(day: number): string {
  const [y, m, d] = civil(day);
  return `${y}/${m}/${d}`;
}

/** `20240305`, as in the birth-date segment of a 身份证号. */
export function compactDate(day: number): string {
  const [y, m, d] = civil(day);
  return `${y}${p2(m)}${p2(d)}`;
}

/** `2024-03-05 09:31:22` from a day number and seconds since midnight. */
export function isoDateTime(day: number, seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const mi = Math.floor((seconds % 3600) / 60);
  return `${isoDate(day)} ${p2(h)}:${p2(mi)}:${p2(seconds % 60)}`;
}

/** A UTC `Date` for a day number and seconds since midnight (for XLSX cells). */
export function utcDate(day: number, seconds = 0): Date {
  return new Date((day * 86400 + seconds) * 1000);
}

export function yearOf(day: number): number {
  return civil(day)[0];
}
