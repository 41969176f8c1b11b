import { InputError } from '../../../core/errors';
import { levelFor } from '../../../detect/level';
import { getRule, listRules, parseParams, resolveParams } from '../../../detect/rules/catalog';
import { formatAmounts, formatPercents, rowsToAlerts } from '../../../detect/rules/rows';
import { parseParamArgs } from '../../../detect/cli/params';

describe('the rule catalog', () => {
  it('reads every rule file with id, 中文 title, basis, severity and parameters', () => {
    const rules = listRules();
    expect(rules.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'interest-transfer',
        'split-payments',
        'payment-before-contract',
        'overpayment',
        'expert-bidder-tie',
        'expert-winner-repeat',
      ]),
    );
    for (const r of rules) {
      expect(r.title).toMatch(/[\u4e00-\u9fff]/);
      expect(r.basis).toMatch(/《.+》/);
    }
    expect(getRule('split-payments').params).toEqual({
      approval_threshold: 500000,
      window_days: 30,
      min_count: 3,
      per_contract: true,
    });
  });

  it('parses header parameters into numbers, booleans and text', () => {
    expect(parseParams('a=50, b=true, c=x')).toEqual({ a: 50, b: true, c: 'x' });
  });

  it('rejects an unknown parameter and a wrongly typed one as input errors', () => {
    const r = getRule('split-payments');
    expect(() => resolveParams(r, { windowdays: 20 })).toThrow(InputError);
    expect(() => resolveParams(r, { window_days: 'soon' })).toThrow(/window_days 应为数字/);
    expect(resolveParams(r, { window_days: '20' }).window_days).toBe(20);
  });

  it('reads --param as global, per rule or ring options', () => {
    expect(parseParamArgs(['threshold=40', 'split-payments.window_days=20', 'rings.minScore=0.4'])).toEqual({
      global: { threshold: 40 },
      byRule: { 'split-payments': { window_days: 20 } },
      rings: { minScore: 0.4 },
    });
  });
});

describe('rule rows as alerts', () => {
  it('groups thousands in 元 amounts and trims percentages', () => {
    expect(formatAmounts('支付 1234567.5元，又 480000.0元')).toBe('支付 1,234,567.5元，又 480,000元');
    expect(formatPercents('累计 54.0%，另 12.3456%')).toBe('累计 54%，另 12.35%');
  });

  it('caps the level at the rule severity and merges rows sharing an identity', () => {
    expect(levelFor(0.95, '二级')).toBe('二级');
    expect(levelFor(0.5)).toBe('三级');
    const rule = getRule('split-payments');
    const row = (text: string, score: number) => ({
      identity: ['Organization:U1', 'Company:S1'],
      subjects: [{ label: 'Company', key: 'S1' }],
      score,
      title: 't',
      evidence: [{ kind: 'k', text, refs: [{ label: 'Payment', key: null }], data: { x: null } }],
    });
    const alerts = rowsToAlerts(rule, [row('a', 0.5), row('b', 0.9)]);
    expect(alerts).toHaveLength(1);
    expect(alerts[0].score).toBe(0.9);
    expect(alerts[0].level).toBe('二级');
    expect(alerts[0].evidence.map((e) => e.text)).toEqual(['a', 'b']);
    expect(alerts[0].evidence[0].refs).toBeUndefined();
  });
});
