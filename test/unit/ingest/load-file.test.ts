// Files refused before any row reaches the graph (delimiter, wrong kind under an upload's original name).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphPort } from '../../../graph/port';
import { ingestFile } from '../../../ingest/load-file';
import { RejectsReport } from '../../../ingest/rejects';

// These files are refused before any row reaches the graph, so the port must never be called.
const untouched = new Proxy({} as GraphPort, {
  get: () => () => {
    throw new Error('the graph must not be used for a refused file');
  },
});

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-load-file-'));
const opts = { strict: false, batchSize: 100, rejects: new RejectsReport(path.join(dir, 'r.csv')) };

describe('files refused before loading', () => {
  it('says a semicolon-separated CSV must use commas', async () => {
    const f = path.join(dir, 'bids.csv');
    fs.writeFileSync(f, '项目编号;投标人统一社会信用代码\nT1;91350100M000100Y43\n');
    const s = await ingestFile(untouched, { path: f }, opts);
    expect(s.error).toMatchObject({ code: 'ingest.delimiter' });
    expect(s).toMatchObject({ read: 0, loaded: 0, rejected: 0 });
  });
  it('says a missing file is missing, before guessing its kind', async () => {
    const s = await ingestFile(untouched, { path: path.join(dir, 'nope.csv') }, opts);
    expect(s.error).toMatchObject({ code: 'ingest.not_found', zh: expect.stringContaining('nope.csv') });
  });
  it('names the upload by its original name, which also gives the kind', async () => {
    const f = path.join(dir, 'upload-1234');
    fs.writeFileSync(f, '统一社会信用代码,企业名称\n');
    const s = await ingestFile(untouched, { path: f, name: '投标.csv' }, opts);
    expect(s).toMatchObject({ file: '投标.csv', kind: 'bids', error: { code: 'ingest.wrong_kind' } });
  });
});
