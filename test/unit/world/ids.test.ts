// Identifiers are valid and consistent: USCC check characters and region segments, 身份证号 check digits with the
// birth date, sex and region of the person, uniqueness of ids and company names.
import fc from 'fast-check';
import { isValidIdCard, isValidUscc } from '../../../core/ids';
import { REGIONS, regionName } from '../../../world/data/regions';
import { makeUscc, orgCodeCheckChar, scatter } from '../../../world/ids';
import { generateInto, readWorld, type World, removeTmp } from './read';

afterAll(removeTmp);

const codeOfRegion = new Map(REGIONS.map((r) => [regionName(r), r.code]));
let w: World;

beforeAll(async () => {
  w = readWorld((await generateInto('ids', { scale: 'small', seed: 5 })).dir);
});

describe('identifiers of the generated world', () => {
  it('gives every company a valid, unique USCC whose region segment is its region', () => {
    const seen = new Set<string>();
    for (const c of w.companies) {
      expect(isValidUscc(c.uscc)).toBe(true);
      expect(c.uscc.slice(2, 8)).toBe(codeOfRegion.get(c.region));
      expect(c.address.startsWith(c.region)).toBe(true);
      seen.add(c.uscc);
    }
    expect(seen.size).toBe(w.companies.length);
  });

  it('gives every company a unique Chinese name ending in a legal form', () => {
    const names = w.companies.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names)
      expect(n).toMatch(/^[\u4e00-\u9fa5]{2,}(有限公司|股份有限公司|有限责任公司|集团有限公司)$/);
  });

  it('gives every organisation a valid USCC as its code, in its region', () => {
    for (const o of w.organizations) {
      expect(isValidUscc(o.org_code)).toBe(true);
      expect(o.org_code.slice(2, 8)).toBe(codeOfRegion.get(o.region));
    }
  });

  it('gives every person a valid, unique 身份证号 agreeing with birth date, sex and home region', () => {
    const seen = new Set<string>();
    for (const p of w.persons) {
      expect(isValidIdCard(p.person_id)).toBe(true);
      expect(p.person_id.slice(6, 14)).toBe(p.birth.replace(/-/g, ''));
      expect(Number(p.person_id[16]) % 2 === 1 ? '男' : '女').toBe(p.sex);
      const home = [...codeOfRegion].find(([, code]) => code === p.person_id.slice(0, 6))![0];
      expect(p.address.startsWith(home)).toBe(true);
      seen.add(p.person_id);
    }
    expect(seen.size).toBe(w.persons.length);
  });

  it('makes children at least 18 years younger than the official or expert they are related to', () => {
    const born = new Map(w.persons.map((p) => [p.person_id, p.birth]));
    const years = (a: string, b: string): number =>
      (Date.parse(born.get(b)!) - Date.parse(born.get(a)!)) / 3.15576e10;
    const children = w.relatives.filter((r) => r.relation === '子女');
    expect(children.length).toBeGreaterThan(10);
    for (const r of children) expect(years(r.person_id, r.relative_id)).toBeGreaterThanOrEqual(18);
  });
});

describe('identifier building blocks', () => {
  it('scatters indices without collisions (a bijection of 10^k)', () => {
    const out = new Set<number>();
    for (let i = 0; i < 100_000; i++) out.add(scatter(i, 5, 42));
    expect(out.size).toBe(100_000);
    expect(Math.max(...out)).toBeLessThan(100_000);
  });

  it('builds USCCs that pass the GB 32100 check for any serial and salt', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 1e6 }), (serial, salt) =>
        isValidUscc(makeUscc('91', '330106', serial, salt)),
      ),
    );
  });

  it('computes the GB 11714 check character (X for 10, 0 for 11)', () => {
    expect(orgCodeCheckChar('D2143569')).toBe('X');
    expect(orgCodeCheckChar('00000000')).toBe('0');
  });
});
