// Header matching: English keys and 中文 aliases, unknown columns kept safely, missing or wrong-kind headers refused.
import { InputError } from '../../../core/errors';
import { headerKey, planHeader, sanitiseProp } from '../../../ingest/headers';

const keys = (h: string[]) => planHeader('bids', h, 'bids.csv').columns.map((c) => c.key);

describe('header matching', () => {
  it('matches English keys and 中文 aliases, trimmed and case-insensitive, in any order', () => {
    expect(keys([' 投标人统一社会信用代码 ', 'TENDER_ID', 'MAC地址', 'mac地址'])).toEqual([
      'bidder_uscc',
      'tender_id',
      'file_mac',
      'file_mac',
    ]);
  });
  it('ignores a BOM and full-width letters in the header', () => {
    expect(headerKey('\uFEFFＴｅｎｄｅｒ_ID ')).toBe('tender_id');
  });
  it('keeps unknown columns under a safe property name', () => {
    const plan = planHeader(
      'bids',
      ['项目编号', 'bidder_uscc', '备注 (内部)', 'name', '2024 数据', ''],
      'b.csv',
    );
    expect(plan.extras.map((e) => e.prop)).toEqual(['备注_内部', 'extra_name', '_2024_数据']);
  });
  it('never lets an unknown column overwrite a model property or the stub flag', () => {
    expect(sanitiseProp('stub', 0)).toBe('extra_stub');
    expect(sanitiseProp('uscc', 0)).toBe('extra_uscc');
    expect(sanitiseProp('a`}) DETACH DELETE n //', 3)).toBe('a_DETACH_DELETE_n');
    expect(sanitiseProp('***', 3)).toBe('col_4');
  });
  it('refuses a file missing a required column, naming it in 中文 and English', () => {
    expect(() => planHeader('bids', ['项目编号', '投标报价'], 'bids.csv')).toThrow(
      expect.objectContaining({
        code: 'ingest.missing_column',
        zh: expect.stringContaining('投标人统一社会信用代码(bidder_uscc)'),
      }),
    );
  });
  it('says which kind a file of the wrong kind looks like', () => {
    let err: InputError | undefined;
    try {
      planHeader('bids', ['统一社会信用代码', '企业名称', '联系电话'], 'bids.csv');
    } catch (e) {
      err = e as InputError;
    }
    expect(err).toBeInstanceOf(InputError);
    expect(err!.code).toBe('ingest.wrong_kind');
    expect(err!.en).toMatch(/looks like a companies file/);
  });
});
