// Options validation, link spanning, path wording and the score/level combination.
import { InputError } from '../../../../core/errors';
import { levelOf, resolveOptions } from '../../../../detect/rings';
import { pathSignal, pathText } from '../../../../detect/rings/signals/paths';
import { evenness } from '../../../../detect/rings/signals/rotation';
import { spanning } from '../../../../detect/rings/signals/spanning';
import { groupContext } from '../../../../detect/rings';
import type { MemberPath } from '../../../../detect/rings';

describe('resolveOptions', () => {
  it('merges the caller’s options over DEFAULTS', () => {
    const o = resolveOptions({ seed: 3, weights: { price: 0.5 } });
    expect(o.seed).toBe(3);
    expect(o.weights.price).toBe(0.5);
    expect(o.weights.rotation).toBe(0.25);
  });

  it('rejects an option out of range with an InputError naming the field', () => {
    expect(() => resolveOptions({ minPairJaccard: 2 })).toThrow(InputError);
    expect(() => resolveOptions({ minPairJaccard: 2 })).toThrow(/minPairJaccard/);
    expect(() => resolveOptions({ minGroupSize: 5, maxGroupSize: 4 })).toThrow(/maxGroupSize/);
  });
});

describe('spanning', () => {
  it('counts only links that join separate members, normalised by size − 1', () => {
    const s = spanning(
      ['A', 'B', 'C', 'D'],
      [
        { members: ['A', 'B'], weight: 1 },
        { members: ['A', 'B'], weight: 1 },
        { members: ['C', 'D'], weight: 0.5 },
      ],
    );
    expect(s.value).toBeCloseTo(1.5 / 3, 12);
    expect(s.used).toEqual([0, 2]);
  });
});

describe('evenness', () => {
  it('is 1 when wins are spread evenly and 0 when one member wins everything', () => {
    expect(evenness([3, 3, 3, 3], 4)).toBeCloseTo(1, 12);
    expect(evenness([12, 0, 0, 0], 4)).toBe(0);
  });
});

describe('paths', () => {
  const path: MemberPath = {
    from: 'A',
    to: 'B',
    steps: [
      { label: 'Company', key: 'A', name: '甲公司' },
      { label: 'Person', key: 'P1', name: '张三', rel: { type: 'LEGAL_REP_OF', forward: false, props: {} } },
      {
        label: 'Person',
        key: 'P2',
        name: '李四',
        rel: { type: 'RELATIVE_OF', forward: true, props: { relation: '配偶' } },
      },
      {
        label: 'Company',
        key: 'B',
        name: '乙公司',
        rel: { type: 'HOLDS_SHARES', forward: true, props: { share_pct: 0.6 } },
      },
    ],
  };

  it('writes a path in Chinese with relationship directions and share percentages', () => {
    expect(pathText(path.steps)).toBe('甲公司 ←法定代表人— 张三 —配偶— 李四 —持股 60%→ 乙公司');
  });

  it('reports a kinship path between two members as evidence', () => {
    const ctx = groupContext(['A', 'B', 'C'], { tenders: [], byCompany: new Map() });
    const s = pathSignal(ctx, [path]);
    expect(s.value).toBeCloseTo(0.75 / 2, 12);
    expect(s.evidence[0].kind).toBe('kinship_path');
    expect(s.evidence[0].text).toContain('张三');
  });
});

describe('levelOf', () => {
  it('maps scores to 一级, 二级 and 三级 at the configured thresholds', () => {
    const o = { level1: 0.75, level2: 0.55 };
    expect(levelOf(0.8, o)).toBe('一级');
    expect(levelOf(0.75, o)).toBe('一级');
    expect(levelOf(0.6, o)).toBe('二级');
    expect(levelOf(0.2, o)).toBe('三级');
  });
});
