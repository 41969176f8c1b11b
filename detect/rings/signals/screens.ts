// Imhof's price screens for one tender (Imhof, Karagök & Rutz 2018, "Screening for bid rigging —
// does it work?"): coefficient of variation, relative distance of the two lowest bids, and the
// regular-difference patterns of 《招标投标法实施条例》第四十条 (identical prices, arithmetic
// progressions, cover bids a fixed percent above the winner).

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Population standard deviation. */
export function std(xs: number[]): number {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
}

/** Coefficient of variation σ/μ of a tender's bids (NaN with fewer than 2 bids). */
export function cv(prices: number[]): number {
  if (prices.length < 2) return NaN;
  return std(prices) / mean(prices);
}

/**
 * Relative distance RD = (b₂ − b₁) / σ(losing bids): the gap between the winner and the cheapest
 * cover bid measured in the spread of the losing bids. NaN with fewer than 3 bids; capped at 100.
 */
export function relativeDistance(prices: number[]): number {
  if (prices.length < 3) return NaN;
  const s = [...prices].sort((a, b) => a - b);
  const gap = s[1] - s[0];
  const sd = std(s.slice(1));
  if (sd === 0) return gap > 0 ? 100 : 0;
  return Math.min(100, gap / sd);
}

/** Two or more equal prices (to the fen). */
export function hasIdentical(prices: number[]): boolean {
  const s = [...prices].sort((a, b) => a - b);
  return s.some((p, i) => i > 0 && Math.abs(p - s[i - 1]) < 0.005);
}

/**
 * Three or more prices forming an arithmetic progression: positive equal steps, each within
 * `tolerance` × mean price of the mean step. Returns the step, or null.
 */
export function arithmeticStep(prices: number[], tolerance: number): number | null {
  if (prices.length < 3) return null;
  const s = [...prices].sort((a, b) => a - b);
  const steps = s.slice(1).map((p, i) => p - s[i]);
  const step = mean(steps);
  if (step <= 0) return null;
  const slack = tolerance * mean(s);
  return steps.every((d) => Math.abs(d - step) <= slack && d > 0) ? step : null;
}

/** Markups p/p_winner − 1 of the other prices over the winning price. */
export function markups(winner: number, others: number[]): number[] {
  return others.map((p) => p / winner - 1);
}

/**
 * Markups that recur across tenders: cluster centres (within `tolerance`) that occur in at least
 * `minTenders` different tenders. Input: one list of markups per tender.
 */
export function recurringMarkups(perTender: number[][], tolerance: number, minTenders: number): number[] {
  const all = perTender.flatMap((ms, t) => ms.filter((m) => m > tolerance).map((m) => ({ m, t })));
  all.sort((a, b) => a.m - b.m);
  const found: number[] = [];
  for (const { m } of all) {
    if (found.some((f) => Math.abs(f - m) <= tolerance)) continue;
    const near = all.filter((x) => Math.abs(x.m - m) <= tolerance);
    if (new Set(near.map((x) => x.t)).size >= minTenders) found.push(mean(near.map((x) => x.m)));
  }
  return found;
}
