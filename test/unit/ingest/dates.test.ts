// Date and date-time parsing: every contract form, Excel serials, impossible dates refused.
import fc from 'fast-check';
import { CellError } from '../../../ingest/cell-error';
import { excelSerialToMs, isoFromMs, parseDate, parseDateTime } from '../../../ingest/dates';

describe('dates', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['2024年3月5日', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['45356', '2024-03-05'],
    ['2024-03-05 00:00:00', '2024-03-05'],
    ['２０２４－０３－０５', '2024-03-05'],
  ])('reads %s as %s', (s, iso) => expect(parseDate(s)).toBe(iso));

  it.each(['2024-02-30', '2024-13-01', '2024', 'yesterday', '2024-03-05 10:30', '1899-12-31'])(
    'rejects %s',
    (s) => expect(() => parseDate(s)).toThrow(CellError),
  );

  it('reads every day from 1910 to 2100 in each accepted form to the same ISO date', () => {
    const day = fc.integer({ min: Date.UTC(1910, 0, 1) / 864e5, max: Date.UTC(2100, 11, 31) / 864e5 });
    fc.assert(
      fc.property(day, (d) => {
        const t = new Date(d * 864e5);
        const [y, m, dd] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
        const iso = t.toISOString().slice(0, 10);
        const serial = String(Math.round((d * 864e5 - Date.UTC(1899, 11, 30)) / 864e5));
        for (const s of [iso, `${y}/${m}/${dd}`, `${y}年${m}月${dd}日`, iso.replace(/-/g, ''), serial]) {
          expect(parseDate(s)).toBe(iso);
        }
      }),
    );
  });
});

describe('date-times', () => {
  it.each([
    ['2024-03-25 09:30', '2024-03-25T09:30:00'],
    ['2024/3/25 9:05:07', '2024-03-25T09:05:07'],
    ['2024-03-25T01:30:00Z', '2024-03-25T09:30:00'],
    ['2024-03-25T09:30:00+08:00', '2024-03-25T09:30:00'],
    ['2024年3月25日 14时30分', '2024-03-25T14:30:00'],
    ['2024-03-25', '2024-03-25T00:00:00'],
    ['45376.5', '2024-03-25T12:00:00'],
  ])('reads %s as %s', (s, iso) => expect(parseDateTime(s)).toBe(iso));
  it('rejects an impossible time', () => {
    expect(() => parseDateTime('2024-03-25 25:00')).toThrow(CellError);
  });
  it('converts Excel serials in the 1904 date system too', () => {
    expect(isoFromMs(excelSerialToMs(0, true), false)).toBe('1904-01-01');
  });
});
