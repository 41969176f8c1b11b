// Payment schedules (advance, progress, final) and the planted anomalies: split payments just under the approval
// threshold, payment before signing, payments beyond the contract amount, and regular monthly installments (decoy).
import type { PayType } from '../plans';
import type { Rng } from '../rng';
import { SPLIT_WINDOW_DAYS, THRESHOLD_FEN } from '../world';

export interface Pay {
  day: number;
  fen: number;
  purpose: string;
  /** Part of the planted anomaly (the split series, the early payment, the excess). */
  flagged?: boolean;
}

const yuan = (fen: number): number => Math.round(fen / 100) * 100;

/** Splits `total` into parts by fractions; the last part takes the rounding remainder. */
function parts(total: number, fractions: number[]): number[] {
  const out = fractions.slice(0, -1).map((f) => yuan(total * f));
  out.push(total - out.reduce((s, x) => s + x, 0));
  return out;
}

/** The usual schedule by category, starting after signing. */
export function schedule(rng: Rng, cat: number, amount: number, signed: number): Pay[] {
  if (cat === 0) {
    const n = rng.range(1, 3);
    const adv = rng.uniform(0.2, 0.3);
    const fr = [adv, ...Array<number>(n).fill((0.95 - adv) / n), 0.05];
    const amounts = parts(amount, fr);
    let day = signed + rng.range(7, 30);
    return amounts.map((fen, k) => {
      const p = {
        day,
        fen,
        purpose: k === 0 ? '预付款' : k === amounts.length - 1 ? '结算尾款' : `进度款（第${k}期）`,
      };
      day += k === amounts.length - 2 ? rng.range(150, 300) : rng.range(60, 150);
      return p;
    });
  }
  if (cat === 1 && rng.chance(0.4))
    return [{ day: signed + rng.range(20, 60), fen: amount, purpose: '货款' }];
  if (cat === 1) {
    const [a, b] = parts(amount, [0.3, 0.7]);
    const d = signed + rng.range(7, 30);
    return [
      { day: d, fen: a, purpose: '预付款' },
      { day: d + rng.range(30, 90), fen: b, purpose: '货款（验收后）' },
    ];
  }
  const n = rng.range(2, 4);
  const d0 = signed + rng.range(20, 40);
  return parts(amount, Array<number>(n).fill(1 / n)).map((fen, k) => ({
    day: d0 + k * rng.range(85, 95),
    fen,
    purpose: `服务费（第${k + 1}期）`,
  }));
}

/** 3–5 payments just under the threshold within the window, after a small advance; the rest at the end. */
function split(rng: Rng, amount: number, signed: number): Pay[] {
  const n = rng.range(3, 5);
  const adv = yuan(amount * 0.1);
  const cap = Math.floor((amount - adv) / n);
  const d0 = signed + rng.range(30, 90);
  const offsets = [0, ...Array.from({ length: n - 1 }, () => rng.range(1, SPLIT_WINDOW_DAYS - 2))].sort(
    (a, b) => a - b,
  );
  const series = offsets.map((o) => ({
    day: d0 + o,
    fen: yuan(Math.min(cap, THRESHOLD_FEN * rng.uniform(0.86, 0.995)) - 100),
    purpose: '进度款',
    flagged: true,
  }));
  const rest = amount - adv - series.reduce((s, p) => s + p.fen, 0);
  const out: Pay[] = [{ day: signed + rng.range(7, 20), fen: adv, purpose: '预付款' }, ...series];
  if (rest > 0) out.push({ day: d0 + rng.range(120, 240), fen: rest, purpose: '结算尾款' });
  return out;
}

function monthly(rng: Rng, amount: number, signed: number): Pay[] {
  const fen = yuan(Math.min(amount / 12, THRESHOLD_FEN * rng.uniform(0.88, 0.97)));
  const d0 = signed + rng.range(25, 35);
  return Array.from({ length: 12 }, (_, k) => ({
    day: d0 + k * 30 + (k % 2),
    fen,
    purpose: `服务费（${k + 1}月）`,
  }));
}

/** 3–4 small payments within 25 days that together stay under the threshold (decoy for split rules). */
function burst(rng: Rng, amount: number, signed: number): Pay[] {
  const n = rng.range(3, 4);
  const d0 = signed + rng.range(10, 40);
  const offsets = [0, ...Array.from({ length: n - 1 }, () => rng.range(1, 25))].sort((a, b) => a - b);
  return parts(amount, Array<number>(n).fill(1 / n)).map((fen, k) => ({
    day: d0 + offsets[k],
    fen,
    purpose: '货款',
    flagged: true,
  }));
}

/** Payments of one contract; `pay` selects a planted anomaly or decoy. */
export function payments(rng: Rng, cat: number, amount: number, signed: number, pay?: PayType): Pay[] {
  if (pay === 'split') return split(rng, amount, signed);
  if (pay === 'regular') return monthly(rng, amount, signed);
  if (pay === 'burst') return burst(rng, amount, signed);
  const base = schedule(rng, cat, amount, signed);
  if (pay === 'sameday') {
    base[0] = { ...base[0], day: signed, flagged: true };
  } else if (pay === 'before') {
    base[0] = { ...base[0], day: signed - rng.range(3, 45), flagged: true };
  } else if (pay === 'over') {
    const last = base[base.length - 1];
    base.push({
      day: last.day + rng.range(20, 90),
      fen: yuan(amount * rng.uniform(0.08, 0.4)),
      purpose: '追加款',
      flagged: true,
    });
  }
  return base;
}
