// Imhof's price screens and the 第四十条 regular-difference patterns on tiny known examples.
import {
  arithmeticStep,
  cv,
  hasIdentical,
  markups,
  recurringMarkups,
  relativeDistance,
  std,
} from '../../../../detect/rings/signals/screens';
import { money } from '../../../../detect/rings/format';

describe('price screens', () => {
  it('computes the coefficient of variation as population σ over the mean', () => {
    // mean 100, deviations −10, 0, +10 → σ = √(200/3)
    expect(cv([90, 100, 110])).toBeCloseTo(Math.sqrt(200 / 3) / 100, 12);
    expect(cv([5, 5, 5])).toBe(0);
    expect(cv([5])).toBeNaN();
  });

  it('computes the relative distance between the two lowest bids in units of the losing bids’ spread', () => {
    // b1 = 90, b2 = 100; losing bids 100, 102, 104 → σ = √(8/3)
    expect(relativeDistance([104, 90, 100, 102])).toBeCloseTo(10 / Math.sqrt(8 / 3), 12);
    expect(relativeDistance([90, 100])).toBeNaN();
    expect(std([100, 102, 104])).toBeCloseTo(Math.sqrt(8 / 3), 12);
  });

  it('caps the relative distance when the losing bids are identical', () => {
    expect(relativeDistance([90, 100, 100])).toBe(100);
  });

  it('recognises an arithmetic progression of prices and returns its step', () => {
    expect(arithmeticStep([1_060_000, 1_000_000, 1_030_000], 0.001)).toBeCloseTo(30_000, 6);
    expect(arithmeticStep([1_000_000, 1_030_000, 1_090_000], 0.001)).toBeNull();
    expect(arithmeticStep([1_000_000, 1_000_000, 1_000_000], 0.001)).toBeNull();
    expect(arithmeticStep([1_000_000, 1_030_000], 0.001)).toBeNull();
  });

  it('tolerates rounding to the yuan within the relative tolerance', () => {
    expect(arithmeticStep([1_000_000, 1_030_001, 1_059_999], 0.001)).not.toBeNull();
  });

  it('detects identical prices to the fen', () => {
    expect(hasIdentical([100.0, 200, 100.001])).toBe(true);
    expect(hasIdentical([100, 100.01, 200])).toBe(false);
  });

  it('finds a cover-bid markup that recurs across tenders and ignores scattered ones', () => {
    expect(markups(1000, [1050, 1100])).toEqual([expect.closeTo(0.05, 12), expect.closeTo(0.1, 12)]);
    const perTender = [[0.05, 0.071], [0.0502, 0.13], [0.0499], [0.021]];
    const found = recurringMarkups(perTender, 0.002, 3);
    expect(found).toHaveLength(1);
    expect(found[0]).toBeCloseTo(0.05, 3);
    expect(recurringMarkups([[0.01], [0.04], [0.09]], 0.002, 3)).toEqual([]);
  });
});

describe('money', () => {
  it('groups thousands and keeps at most two decimals', () => {
    expect(money(1234567.5)).toBe('1,234,567.5 元');
    expect(money(1000)).toBe('1,000 元');
    expect(money(999.999)).toBe('1,000 元');
    expect(money(12.345)).toBe('12.35 元');
  });
});
