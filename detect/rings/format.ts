// Chinese wording helpers for ring evidence: percentages, money, lists of tenders and companies.

export function pct(x: number, digits = 1): string {
  return `${(x * 100).toFixed(digits)}%`;
}

/** `1,234,567.5 元` (hand-rolled: Intl formatting is slow when called for thousands of bids). */
export function money(x: number): string {
  const [int, frac] = (Math.round(x * 100) / 100).toString().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${grouped}${frac ? `.${frac}` : ''} 元`;
}

/** `T1、T2、T3 等` (at most `max` named). */
export function tenderList(ids: string[], max = 5): string {
  const shown = ids.slice(0, max).join('、');
  return ids.length > max ? `${shown} 等` : shown;
}

export function nameOf(names: Map<string, string>, uscc: string): string {
  return names.get(uscc) ?? uscc;
}

export function nameList(names: Map<string, string>, usccs: string[], max = 8): string {
  const shown = usccs.slice(0, max).map((u) => nameOf(names, u));
  return usccs.length > max ? `${shown.join('、')} 等 ${usccs.length} 家企业` : shown.join('、');
}

/** `YYYY-MM` of a date string, or null. */
export function month(date: string | null | undefined): string | null {
  const m = date ? /^(\d{4})-(\d{2})/.exec(date) : null;
  return m ? `${m[1]}-${m[2]}` : null;
}
