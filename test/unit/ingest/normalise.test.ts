// Normalisation of shared identifiers: phones, emails, addresses, machine codes, IPs.
import fc from 'fast-check';
import { CellError } from '../../../ingest/cell-error';
import {
  identifiers,
  normaliseAddress,
  normaliseEmail,
  normaliseIp,
  normaliseMac,
  normalisePhone,
} from '../../../ingest/normalise';

describe('phone numbers', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['008613800138000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['010-12345678', '01012345678'],
    ['+86 10 1234 5678', '01012345678'],
    ['（010）12345678', '01012345678'],
  ])('normalises %s to %s', (raw, v) => expect(normalisePhone(raw)).toBe(v));
  it('rejects too few digits and placeholder numbers', () => {
    expect(() => normalisePhone('123')).toThrow(CellError);
    expect(() => normalisePhone('00000000')).toThrow(CellError);
  });
  it('is idempotent: a normalised number normalises to itself', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), fc.constantFrom('', '+86 ', '0086', '86'), (m, cc) => {
        const v = normalisePhone(cc + m);
        expect(v).toBe(m);
        expect(normalisePhone(v)).toBe(v);
      }),
    );
  });
  it('splits a cell holding several numbers and drops repeats', () => {
    expect(
      identifiers('138-0013-8000；13800138000, 010 12345678', normalisePhone).map((i) => i.value),
    ).toEqual(['13800138000', '01012345678']);
  });
});

describe('emails, addresses, machine codes and IPs', () => {
  it('trims and lower-cases emails', () =>
    expect(normaliseEmail(' Info@JiaJian.CN ')).toBe('info@jiajian.cn'));
  it('rejects a string without @', () => expect(() => normaliseEmail('info.jiajian.cn')).toThrow(CellError));
  it('makes full-width and spaced addresses equal', () => {
    expect(normaliseAddress('北京市海淀区中关村大街１号（A座）')).toBe(
      normaliseAddress('北京市 海淀区 中关村大街1号 A座'),
    );
  });
  it('puts MAC addresses in one upper-case form whatever the separators', () => {
    for (const m of ['00-1a-2b-3c-4d-5e', '00:1A:2B:3C:4D:5E', '001a.2b3c.4d5e', '001A2B3C4D5E']) {
      expect(normaliseMac(m)).toBe('00:1A:2B:3C:4D:5E');
    }
    expect(normaliseMac('wd-wcc4n1234567')).toBe('WDWCC4N1234567');
  });
  it('refuses placeholder MACs that would link unrelated bidders', () => {
    expect(() => normaliseMac('00-00-00-00-00-00')).toThrow(CellError);
  });
  it('drops leading zeros of IPv4 and compresses IPv6', () => {
    expect(normaliseIp('192.168.001.010')).toBe('192.168.1.10');
    expect(normaliseIp('2001:0DB8:0000:0000:0000:0000:0000:0001')).toBe('2001:db8::1');
    expect(() => normaliseIp('256.1.1.1')).toThrow(CellError);
  });
  it('normalises addresses idempotently', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => /[\p{L}\p{N}]/u.test(s)),
        (s) => {
          const v = normaliseAddress(s);
          expect(normaliseAddress(v)).toBe(v);
        },
      ),
    );
  });
});
