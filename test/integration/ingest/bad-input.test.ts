// Bad rows become line-accurate rejects, --strict writes nothing, bad files get one clear error each.
import fs from 'node:fs';
import path from 'node:path';
import { inline } from '../../../graph/cypher';
import { ingestPaths } from '../../../ingest';
import { resetGraph, testGraph } from '../helpers';
import { FIXTURES, rows, shape, tmpDir, worldIn } from './world';

jest.setTimeout(120_000);
const g = testGraph();
beforeAll(() => resetGraph(g));
afterAll(() => g.close());

const BAD = path.join(FIXTURES, 'bad');

function readRejects(file: string): string[][] {
  const text = fs.readFileSync(file, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  // The reasons hold no commas or line breaks, so a plain split is enough for these fixtures.
  return text
    .slice(1)
    .trim()
    .split('\r\n')
    .map((l) => l.split(','));
}

describe('a file with bad rows', () => {
  let dir: string;
  beforeAll(async () => {
    await resetGraph(g);
    dir = tmpDir('bad');
    await ingestPaths(g, [await worldIn('utf8')]);
    for (const f of fs.readdirSync(BAD)) fs.copyFileSync(path.join(BAD, f), path.join(dir, f));
  });

  it('loads the good rows, rejects each bad one with its file line, and loaded + rejected = rows read', async () => {
    const [s] = await ingestPaths(g, [path.join(dir, 'bids_bad.csv')]);
    expect(s).toMatchObject({ read: 12, loaded: 3, rejected: 9, error: null });
    expect(s.loaded + s.rejected).toBe(s.read);
    expect(s.rejectsFile).toBe(path.join(dir, 'bids_bad.rejects.csv'));
    const report = readRejects(s.rejectsFile!);
    expect(report[0]).toEqual(['文件 file', '行号 line', '列 column', '值 value', '原因', 'reason']);
    const body = report.slice(1);
    expect(body.map((r) => Number(r[1]))).toEqual([3, 4, 5, 6, 9, 12, 13, 14, 15]);
    expect(body.map((r) => r[2])).toEqual([
      '投标人统一社会信用代码',
      '递交时间',
      '项目编号',
      '是否中标',
      '投标报价',
      '投标IP',
      '#10',
      '项目负责人证件号',
      '文件制作机器码',
    ]);
    for (const r of body) {
      expect(r[0]).toBe('bids_bad.csv');
      expect(r[4]).toMatch(/[\u4e00-\u9fa5]/);
      expect(r[5]).toMatch(/[a-z]/);
    }
    const loaded = await rows(
      g,
      `MATCH (b:Bid) WHERE b.tender_id STARTS WITH 'T9' RETURN b.bid_id AS id, b.contact_name AS n ORDER BY id`,
    );
    expect(loaded).toEqual([
      { id: 'T9-001|91110108MA0000001D', n: null },
      { id: 'T9-001|91110108MA0000002G', n: null },
      { id: 'T9-002|91110108MA0000003K', n: '张\n三' },
    ]);
  });

  it('rejects a payee that is neither a known organisation nor a valid USCC or ID card', async () => {
    const [s] = await ingestPaths(g, [path.join(dir, 'payments_bad.csv')]);
    expect(s).toMatchObject({ read: 3, loaded: 1, rejected: 2 });
    const body = readRejects(s.rejectsFile!).slice(1);
    expect(body.map((r) => [r[1], r[2], r[3]])).toEqual([
      ['3', '收款方代码', '110105198001010017'],
      ['4', '收款方代码', '91110108MA0000001E'],
    ]);
  });

  it('writes nothing of a file under --strict and names the first bad line', async () => {
    const before = await shape(g);
    const strictDir = tmpDir('strict');
    fs.copyFileSync(path.join(BAD, 'bids_bad.csv'), path.join(strictDir, 'bids_bad.csv'));
    await g.write(inline('drop', `MATCH (b:Bid) WHERE b.tender_id STARTS WITH 'T9' DETACH DELETE b`));
    const afterDrop = await shape(g);
    const [s] = await ingestPaths(g, [path.join(strictDir, 'bids_bad.csv')], { strict: true });
    expect(s.error).toMatchObject({ code: 'ingest.strict', line: 3 });
    expect(s.error!.zh).toMatch(/第 3 行/);
    expect(s.loaded).toBe(0);
    expect(s.loaded + s.rejected).toBe(s.read);
    expect(await shape(g)).toEqual(afterDrop);
    expect(
      readRejects(s.rejectsFile!)
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(['3']);
    expect(before.Bid - afterDrop.Bid).toBe(3);
  });

  it('loads a strict file that has no errors', async () => {
    const [s] = await ingestPaths(g, [path.join(FIXTURES, 'world', 'evaluations.csv')], { strict: true });
    expect(s).toMatchObject({ error: null, read: 2, loaded: 2 });
  });
});

describe('files that cannot be loaded', () => {
  it('gives each bad file its own clear error while the good files of the run still load', async () => {
    await resetGraph(g);
    const dir = tmpDir('files');
    const world = path.join(FIXTURES, 'world');
    fs.copyFileSync(path.join(world, 'companies.csv'), path.join(dir, 'bids_wrong.csv'));
    fs.writeFileSync(path.join(dir, 'tenders_missing.csv'), '项目编号,预算金额\nT1,100\n');
    fs.writeFileSync(path.join(dir, 'persons_empty.csv'), '');
    fs.writeFileSync(
      path.join(dir, 'payments_binary.csv'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 0, 0, 9]),
    );
    fs.writeFileSync(path.join(dir, 'data.csv'), 'a,b\n1,2\n');
    fs.copyFileSync(path.join(world, 'organizations.csv'), path.join(dir, 'organizations.csv'));
    const xlsxDir = await worldIn('xlsx');
    const full = fs.readFileSync(path.join(xlsxDir, 'companies.xlsx'));
    fs.writeFileSync(path.join(dir, 'companies_cut.xlsx'), full.subarray(0, full.length - 200));

    const out = await ingestPaths(g, [dir]);
    const byFile = Object.fromEntries(out.map((s) => [s.file, s]));
    expect(byFile['organizations.csv']).toMatchObject({ error: null, loaded: 3 });
    const codes = {
      'bids_wrong.csv': 'ingest.wrong_kind',
      'tenders_missing.csv': 'ingest.missing_column',
      'persons_empty.csv': 'ingest.empty',
      'payments_binary.csv': 'ingest.binary',
      'data.csv': 'ingest.unknown_kind',
      'companies_cut.xlsx': 'ingest.bad_xlsx',
    };
    for (const [file, code] of Object.entries(codes)) {
      const e = byFile[file].error!;
      expect(e.code).toBe(code);
      expect(e.zh).toContain(file);
      expect(e.en).toContain(file);
      expect(`${e.zh}${e.en}`).not.toMatch(/\n|\s+at /);
    }
    expect((await shape(g)).Organization).toBe(3);
  });

  it('refuses an unknown --kind for every file with a clear error', async () => {
    const [s] = await ingestPaths(g, [path.join(FIXTURES, 'world', 'bids.csv')], { kind: 'widgets' });
    expect(s.error).toMatchObject({ code: 'ingest.unknown_kind' });
  });
});
