// Row parsing and mapping: typed values, rejects with line and column, blank records, kinship stored once.
import { planHeader } from '../../../ingest/headers';
import { buildRow } from '../../../ingest/mappers';
import { RowParser, isReject, type ParsedRow, type RowReject } from '../../../ingest/rows';
import { csvField } from '../../../ingest/rejects';

const header = ['项目编号', '投标人统一社会信用代码', '投标报价', '是否中标', '联系电话', '备注'];
const parser = new RowParser(planHeader('bids', header, 'bids.csv'));

describe('row parsing', () => {
  it('types every cell and keeps unknown columns as strings', () => {
    const r = parser.parse({
      line: 7,
      cells: ['T1', '91350100M000100Y43', '1,000.5', '是', '138-0013-8000', '加急'],
    });
    expect(isReject(r)).toBe(false);
    const p = r as ParsedRow;
    expect(p.values).toMatchObject({
      tender_id: 'T1',
      bidder_uscc: '91350100M000100Y43',
      price: 1000.5,
      is_winner: true,
    });
    expect(p.values.contact_phone).toEqual([{ value: '13800138000', raw: '138-0013-8000' }]);
    expect(p.extras).toEqual({ 备注: '加急' });
  });
  it('treats an empty cell as absent', () => {
    const p = parser.parse({ line: 2, cells: ['T1', '91350100M000100Y43', '', ' ', '', ''] }) as ParsedRow;
    expect(Object.keys(p.values).sort()).toEqual(['bidder_uscc', 'tender_id']);
  });
  it('rejects a row at its first bad cell, naming line, column and value', () => {
    const r = parser.parse({
      line: 9,
      cells: ['T1', '91350100M000100Y44', 'abc', '是', '', ''],
    }) as RowReject;
    expect(r).toMatchObject({ line: 9, column: '投标人统一社会信用代码', value: '91350100M000100Y44' });
    expect(r.zh).toMatch(/校验位/);
    expect(r.en).toMatch(/check character/);
  });
  it('rejects an empty required cell and a row with more fields than the header', () => {
    expect(parser.parse({ line: 3, cells: ['', '91350100M000100Y43'] })).toMatchObject({
      column: '项目编号',
    });
    expect(parser.parse({ line: 4, cells: ['T1', '91350100M000100Y43', '', '', '', '', 'x'] })).toMatchObject(
      {
        column: '#7',
      },
    );
  });
  it('skips blank records (they are not rows)', () => {
    expect(parser.parse({ line: 5, cells: ['', ' ', ''] })).toBeNull();
    expect(parser.parse({ line: 6, cells: [] })).toBeNull();
  });
});

describe('row mapping', () => {
  it('keys a bid by tender and bidder', () => {
    const p = parser.parse({ line: 2, cells: ['T1', '91350100M000100Y43', '', '', '', ''] }) as ParsedRow;
    expect(buildRow('bids', p).row.key).toBe('T1|91350100M000100Y43');
  });
  it('stores a child relation as the parent relation seen from the other side, so each pair is stored once', () => {
    const rel = new RowParser(planHeader('relatives', ['证件号码', '亲属证件号码', '关系'], 'r.csv'));
    const a = '11010519491231002X';
    const b = 'E12345678';
    const p1 = buildRow('relatives', rel.parse({ line: 2, cells: [a, b, '父母'] }) as ParsedRow);
    const p2 = buildRow('relatives', rel.parse({ line: 3, cells: [b, a, '子女'] }) as ParsedRow);
    expect(p2.row).toEqual(p1.row);
    expect(p1.key).toBe(p2.key);
  });
  it('refuses a person who is their own relative', () => {
    const rel = new RowParser(planHeader('relatives', ['证件号码', '亲属证件号码', '关系'], 'r.csv'));
    const p = rel.parse({ line: 2, cells: ['E1', 'E1', '配偶'] }) as ParsedRow;
    expect(() => buildRow('relatives', p)).toThrow(/own relative/);
  });
});

describe('rejects report fields', () => {
  it('quotes commas and quotes, and defuses spreadsheet formulas', () => {
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-12.5')).toBe('-12.5');
  });
});
