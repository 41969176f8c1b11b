// Kinds from file names and --kind, folder expansion and dependency order.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../../../core/errors';
import { dependencyOrder, expandInputs, kindFromFileName, resolveKind } from '../../../ingest/kinds';

describe('kind from the file name', () => {
  it.each([
    ['bids_2024.csv', 'bids'],
    ['投标.xlsx', 'bids'],
    ['投标数据2024.csv', 'bids'],
    ['/data/Persons.CSV', 'persons'],
    ['招标项目-2024.xlsx', 'tenders'],
    ['招标.csv', 'tenders'],
    ['评标专家名单.xlsx', 'evaluations'],
    ['资金支付.csv', 'payments'],
    ['2024_companies.csv', 'companies'],
  ])('%s is %s', (f, k) => expect(kindFromFileName(f)).toBe(k));

  it('lets --kind override the name and accepts 中文 kind names', () => {
    expect(resolveKind('upload-7f3a.csv', '企业')).toBe('companies');
  });
  it('refuses an unknown --kind and an unrecognisable name with a one-line InputError', () => {
    expect(() => resolveKind('x.csv', 'widgets')).toThrow(InputError);
    expect(() => resolveKind('data.csv')).toThrow(/--kind/);
  });
});

describe('dependency order', () => {
  it('loads entities before relationship kinds whatever order the files are named in', () => {
    const files = [
      'payments.csv',
      'bids.csv',
      '人员.csv',
      'companies.xlsx',
      '单位.csv',
      'shareholdings.csv',
    ].map((p) => ({ path: p }));
    expect(dependencyOrder(files).map((f) => f.path)).toEqual([
      '单位.csv',
      'companies.xlsx',
      '人员.csv',
      'shareholdings.csv',
      'bids.csv',
      'payments.csv',
    ]);
  });
  it('expands a folder to its CSV and XLSX files, skipping rejects reports and Office lock files', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-kinds-'));
    for (const f of ['bids.csv', 'bids.rejects.csv', '~$企业.xlsx', '企业.xlsx', 'notes.txt'])
      fs.writeFileSync(path.join(dir, f), '');
    const found = (await expandInputs([dir])).map((f) => path.basename(f.path));
    expect(found.sort()).toEqual(['bids.csv', '企业.xlsx']);
  });
});
