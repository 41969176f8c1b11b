// The network as of a date: when a node or an edge starts and ends, read from its domain dates.

const STARTS = ['since', 'start', 'established', 'publish_date', 'open_date', 'signed', 'paid_at'];
const ENDS = ['end'];

function firstDate(props: Record<string, unknown>, keys: string[]): string | null {
  for (const k of keys) {
    const v = props[k];
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
  }
  return null;
}

/** Whether something with these properties exists on `asOf` (always, when it carries no dates). */
export function existsAt(props: Record<string, unknown>, asOf: string | null): boolean {
  if (!asOf) return true;
  const start = firstDate(props, STARTS);
  const end = firstDate(props, ENDS);
  return (!start || start <= asOf) && (!end || end >= asOf);
}

/** The earliest and latest dates found, for the slider's range. */
export function dateRange(propsList: Iterable<Record<string, unknown>>): [string, string] | null {
  let lo: string | null = null;
  let hi: string | null = null;
  for (const p of propsList) {
    for (const d of [firstDate(p, STARTS), firstDate(p, ENDS)]) {
      if (!d) continue;
      if (!lo || d < lo) lo = d;
      if (!hi || d > hi) hi = d;
    }
  }
  return lo && hi ? [lo, hi] : null;
}

/** Day number ↔ ISO date, for a range input. */
export const toDay = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
export const fromDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
