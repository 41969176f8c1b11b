import fc from 'fast-check';
import { controlOf, controlRows, type OwnershipEdge } from '../../../detect/ownership';

const e = (holder: string, company: string, pct: number, holderLabel = 'Company'): OwnershipEdge => ({
  holder,
  holderLabel,
  holderName: holder,
  company,
  companyName: company,
  pct,
});

describe('股权穿透 (ownership penetration)', () => {
  it('gives 30% control through A→B 60% and B→C 50%', () => {
    const res = controlOf([e('A', 'B', 60, 'Person'), e('B', 'C', 50)], 'C');
    expect(res.holders.find((h) => h.key === 'A')?.pct).toBeCloseTo(30);
    expect(res.holders.find((h) => h.key === 'B')?.pct).toBeCloseTo(50);
  });

  it('adds two parallel chains', () => {
    const edges = [e('P', 'X', 60, 'Person'), e('X', 'T', 50), e('P', 'Y', 100, 'Person'), e('Y', 'T', 25)];
    const p = controlOf(edges, 'T').holders.find((h) => h.key === 'P');
    expect(p?.pct).toBeCloseTo(55);
    expect(p?.paths).toHaveLength(2);
  });

  it('terminates on an ownership cycle and counts each simple chain once', () => {
    const edges = [e('P', 'A', 80, 'Person'), e('A', 'B', 50), e('B', 'A', 10), e('B', 'T', 100)];
    const res = controlOf(edges, 'T');
    expect(res.holders.find((h) => h.key === 'P')?.pct).toBeCloseTo(40);
    expect(res.cut.cycles).toBeGreaterThan(0);
  });

  it('stops at the depth cap', () => {
    const chain = [e('P', 'C1', 100, 'Person'), e('C1', 'C2', 100), e('C2', 'C3', 100), e('C3', 'T', 100)];
    const res = controlOf(chain, 'T', { maxDepth: 2 });
    expect(res.holders.map((h) => h.key)).toEqual(['C2', 'C3']);
    expect(res.cut.depth).toBe(1);
  });

  it('names the majority holder as actual controller', () => {
    const res = controlOf([e('P', 'A', 80, 'Person'), e('A', 'T', 70), e('Q', 'T', 30, 'Person')], 'T');
    expect(res.controller).toMatchObject({ key: 'P', basis: 'majority' });
    expect(res.holders.find((h) => h.key === 'P')?.pct).toBeCloseTo(56);
    expect(res.controller?.pct).toBeCloseTo(70);
  });

  it('gives control through a majority-held holding company even when the product is below 50%', () => {
    const edges = [e('P', 'A', 62, 'Person'), e('A', 'T', 51), e('Q', 'T', 49, 'Person')];
    const res = controlOf(edges, 'T');
    const p = res.holders.find((h) => h.key === 'P');
    expect(p?.pct).toBeCloseTo(31.62);
    expect(p?.votingPct).toBeCloseTo(51);
    expect(res.controller).toMatchObject({ key: 'P', basis: 'majority' });
    expect(res.controller?.note).toMatch(/逐层控股/);
    const row = controlRows(edges, { floor: 50 }).find((r) => r.company === 'T');
    expect(row).toMatchObject({ holder: 'P', control: 51 });
    expect(row?.controlPath).toBe('P —62%→ A —51%→ T（逐层控股，表决权 51%）');
  });

  it('gives no control through a minority stake in the holding company', () => {
    const edges = [e('P', 'A', 40, 'Person'), e('A', 'T', 90)];
    const p = controlOf(edges, 'T').holders.find((h) => h.key === 'P');
    expect(p?.pct).toBeCloseTo(36);
    expect(p?.votingPct).toBe(0);
    expect(controlRows(edges, { floor: 50 })).toEqual([]);
  });

  it('follows majority control down a chain of three companies', () => {
    const edges = [e('P', 'A', 100, 'Person'), e('A', 'B', 76), e('B', 'T', 65)];
    const row = controlRows(edges, { floor: 50 }).find((r) => r.company === 'T');
    expect(row?.pct).toBeCloseTo(49.4);
    expect(row?.control).toBeCloseTo(65);
  });

  it('falls back to the largest holder at or above 25% with a note', () => {
    const res = controlOf(
      [e('P', 'T', 40, 'Person'), e('Q', 'T', 35, 'Person'), e('R', 'T', 25, 'Person')],
      'T',
    );
    expect(res.controller).toMatchObject({ key: 'P', basis: 'largest' });
    expect(res.controller?.note).toMatch(/无人累计控制达到 50%/);
  });

  it('names no controller when every holder is below 25%', () => {
    const edges = ['P', 'Q', 'R', 'S', 'U'].map((h) => e(h, 'T', 20, 'Person'));
    expect(controlOf(edges, 'T').controller).toBeNull();
  });

  it('gives the same cumulative % in the bulk table as in the single-company form', () => {
    const edge = fc.record({
      holder: fc.constantFrom('P1', 'P2', 'C1', 'C2', 'C3'),
      company: fc.constantFrom('C1', 'C2', 'C3', 'C4'),
      pct: fc.integer({ min: 1, max: 100 }),
    });
    fc.assert(
      fc.property(fc.array(edge, { maxLength: 12 }), (raw) => {
        const edges = raw.map((r) =>
          e(r.holder, r.company, r.pct, r.holder.startsWith('P') ? 'Person' : 'Company'),
        );
        for (const row of controlRows(edges, { floor: 0 })) {
          const h = controlOf(edges, row.company).holders.find((x) => x.key === row.holder);
          expect(h?.pct).toBeCloseTo(row.pct, 6);
        }
      }),
    );
  });

  it('lists a person controlling a company through a holding company in the bulk table with the chain in Chinese', () => {
    const rows = controlRows([e('张三', '甲公司', 60, 'Person'), e('甲公司', '乙公司', 90)], { floor: 50 });
    expect(rows.map((r) => `${r.holder}>${r.company}`).sort()).toEqual(['张三>乙公司', '张三>甲公司'].sort());
    expect(rows.find((r) => r.company === '乙公司')?.paths[0]).toBe(
      '张三 —60%→ 甲公司 —90%→ 乙公司（累计 54%）',
    );
  });
});
