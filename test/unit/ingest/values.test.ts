// Cell parsers: money, percent, booleans, USCC and 身份证 check characters, party ids, enums.
import fc from 'fast-check';
import { usccCheckChar, idCardCheckChar, USCC_CHARS } from '../../../core/ids';
import { KINDS } from '../../../model';
import { CellError } from '../../../ingest/cell-error';
import {
  columnParser,
  parseBool,
  parseMoney,
  parsePartyId,
  parsePercent,
  parsePersonId,
  parseUscc,
} from '../../../ingest/values';

const reason = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof CellError) return `${e.zh} | ${e.en}`;
    throw e;
  }
  throw new Error('expected a CellError');
};

describe('money', () => {
  it('reads plain, grouped, yuan-suffixed and 万元 amounts', () => {
    expect(parseMoney('1234567.5')).toBe(1234567.5);
    expect(parseMoney('1,234,567.50')).toBe(1234567.5);
    expect(parseMoney('¥1,000')).toBe(1000);
    expect(parseMoney('￥ 2000元')).toBe(2000);
    expect(parseMoney('12.5万元')).toBe(125000);
    expect(parseMoney('１２３')).toBe(123);
  });
  it('rejects text and badly grouped digits with a reason in both languages', () => {
    expect(reason(() => parseMoney('abc'))).toMatch(/金额无效.*\| invalid amount/);
    expect(reason(() => parseMoney('1,23,4'))).toMatch(/invalid amount/);
  });
  it('reads back any amount written with thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (yuan, fen) => {
        const text = `${yuan.toLocaleString('en-US')}.${String(fen).padStart(2, '0')}`;
        expect(parseMoney(text)).toBeCloseTo(yuan + fen / 100, 2);
      }),
    );
  });
});

describe('percent', () => {
  it('reads 35, 35% and, in a fraction column, 0.35 as 35', () => {
    expect(parsePercent('35', false)).toBe(35);
    expect(parsePercent('35%', false)).toBe(35);
    expect(parsePercent('0.35', true)).toBe(35);
    expect(parsePercent('35%', true)).toBe(35);
  });
  it('keeps 0.5 as half a percent when the column is not all fractions', () => {
    expect(parsePercent('0.5', false)).toBe(0.5);
  });
  it('rejects a share above 100%', () => {
    expect(reason(() => parsePercent('120', false))).toMatch(/0–100/);
  });
});

describe('booleans', () => {
  it.each([
    ['是', true],
    ['否', false],
    ['TRUE', true],
    ['false', false],
    ['1', true],
    ['0', false],
    ['Y', true],
    ['n', false],
  ])('reads %s as %s', (s, b) => expect(parseBool(s)).toBe(b));
  it('rejects anything else and lists the accepted forms', () => {
    expect(reason(() => parseBool('maybe'))).toMatch(/是\/否/);
  });
});

const usccArb = fc
  .array(fc.constantFrom(...USCC_CHARS.split('')), { minLength: 10, maxLength: 10 })
  .chain((tail) =>
    fc.tuple(fc.constantFrom('91', '12', '52', 'Y1'), fc.stringMatching(/^\d{6}$/)).map(([a, b]) => {
      const body = a + b + tail.join('').slice(0, 9);
      return body + usccCheckChar(body);
    }),
  );

describe('统一社会信用代码', () => {
  it('accepts any code whose check character is right, in lower case too', () => {
    fc.assert(fc.property(usccArb, (u) => expect(parseUscc(u.toLowerCase())).toBe(u)));
  });
  it('rejects a code whose check character is altered and names the right one', () => {
    fc.assert(
      fc.property(usccArb, fc.integer({ min: 1, max: 30 }), (u, shift) => {
        const wrong = USCC_CHARS[(USCC_CHARS.indexOf(u[17]) + shift) % 31];
        expect(reason(() => parseUscc(u.slice(0, 17) + wrong))).toContain(`should be ${u[17]}`);
      }),
    );
  });
  it('rejects a code of the wrong length or alphabet', () => {
    expect(reason(() => parseUscc('91110108MA0000001'))).toMatch(/malformed USCC/);
    expect(reason(() => parseUscc('91110108MA000000IO'))).toMatch(/malformed USCC/);
  });
});

describe('person ids', () => {
  it('accepts a valid 身份证号 and upper-cases a final x', () => {
    expect(parsePersonId('11010519491231002x')).toBe('11010519491231002X');
  });
  it('rejects an 18-character 身份证号 that fails its check digit', () => {
    expect(reason(() => parsePersonId('110105194912310021'))).toMatch(/check digit/);
  });
  it('rejects an id that Excel turned into a number in scientific notation', () => {
    expect(reason(() => parsePersonId('1.10105198001010E+17'))).toMatch(/科学计数法.*scientific notation/);
    expect(reason(() => parsePartyId('9.1110108E+17'))).toMatch(/text/);
  });
  it('accepts passports and other ids as opaque strings', () => {
    expect(parsePersonId(' E12345678 ')).toBe('E12345678');
  });
  it('classifies party ids by shape: USCC, ID card, opaque or a failing check', () => {
    const body = '11010519800101001';
    expect(parsePartyId('91350100M000100Y43').cls).toBe('uscc');
    expect(parsePartyId(body + idCardCheckChar(body)).cls).toBe('idcard');
    expect(parsePartyId('110105194912310021').cls).toBe('bad-idcard');
    expect(parsePartyId('91350100M000100Y44').cls).toBe('bad-uscc');
    expect(parsePartyId('ORG001').cls).toBe('opaque');
  });
});

describe('enums', () => {
  it('maps 中文 names and English keys of the model to the stored key', () => {
    const relation = columnParser(KINDS.relatives.columns.relation);
    expect(relation('配偶')).toBe('spouse');
    expect(relation('Spouse')).toBe('spouse');
    expect(relation('子女')).toBe('child');
    const category = columnParser(KINDS.persons.columns.category);
    expect(category('评标专家')).toBe('expert');
  });
  it('rejects a value outside the model and lists the allowed ones', () => {
    expect(reason(() => columnParser(KINDS.relatives.columns.relation)('同事'))).toMatch(/配偶\/spouse/);
  });
});
