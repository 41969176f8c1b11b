// Uploads: multipart files answered with a job id; the job loads them with ingestPaths, and its
// progress, totals and rejected rows can be read back.
import request from 'supertest';
import { count, resetGraph } from '../helpers';
import { harness, type Harness } from './harness';
import { uscc } from './ids';

let h: Harness;
jest.setTimeout(60_000);

beforeAll(async () => {
  h = harness({ uploadMaxBytes: 64 * 1024 });
  await resetGraph(h.graph);
});
afterAll(() => h.close());

const csv = `统一社会信用代码,企业名称,所属地区\n${uscc(41)},上传测试甲公司,杭州\n91330100BADBADBAD1,坏代码公司,杭州\n${uscc(42)},上传测试乙公司,宁波\n`;

async function finished(id: string) {
  for (let i = 0; i < 100; i++) {
    const res = await request(h.app).get(`/api/v1/imports/${id}`).set(h.as('analyst'));
    if (['completed', 'failed'].includes(res.body.state)) return res;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('import did not finish');
}

describe('POST /api/v1/imports', () => {
  it('answers 202 with a job id, loads the good rows and reports the rejected one', async () => {
    const res = await request(h.app)
      .post('/api/v1/imports')
      .set(h.as('investigator'))
      .attach('files', Buffer.from(csv, 'utf8'), { filename: '企业_2024.csv', contentType: 'text/csv' });
    expect(res.status).toBe(202);
    expect(res.body.id).toMatch(/^imp-/);
    expect(res.headers.location).toBe(`/api/v1/imports/${res.body.id}`);
    expect(res.body.files).toEqual(['企业_2024.csv']);
    const done = await finished(res.body.id);
    expect(done.body).toMatchObject({
      state: 'completed',
      result: { totals: { read: 3, loaded: 2, rejected: 1 } },
    });
    expect(
      await count(h.graph, "MATCH (c:Company) WHERE c.name STARTS WITH '上传测试' RETURN count(c) AS n"),
    ).toBe(2);
    const rejects = await request(h.app).get(`/api/v1/imports/${res.body.id}/rejects`).set(h.as('analyst'));
    expect(rejects.body.total).toBe(1);
    expect(rejects.body.rows[0]).toMatchObject({
      line: 3,
      column: '统一社会信用代码',
      value: '91330100BADBADBAD1',
    });
  });

  it('takes the kind from a form field', async () => {
    const res = await request(h.app)
      .post('/api/v1/imports')
      .set(h.as('investigator'))
      .field('kind', 'companies')
      .attach('files', Buffer.from(csv, 'utf8'), { filename: 'export.csv' });
    expect(res.status).toBe(202);
    expect((await finished(res.body.id)).body.result.totals.loaded).toBe(2);
  });

  it('refuses a file over the size limit with 413', async () => {
    const res = await request(h.app)
      .post('/api/v1/imports')
      .set(h.as('investigator'))
      .attach('files', Buffer.alloc(100 * 1024, 'a'), { filename: 'companies.csv' });
    expect(res.status).toBe(413);
  });

  it('refuses a file that is not CSV or XLSX, an empty form, and a non-multipart body', async () => {
    const exe = await request(h.app)
      .post('/api/v1/imports')
      .set(h.as('investigator'))
      .attach('files', Buffer.from('MZ'), { filename: 'x.exe' });
    expect(exe.status).toBe(400);
    expect(exe.body.field).toBe('files');
    const empty = await request(h.app)
      .post('/api/v1/imports')
      .set(h.as('investigator'))
      .field('kind', 'companies');
    expect(empty.status).toBe(422);
    const json = await request(h.app).post('/api/v1/imports').set(h.as('investigator')).send({ files: [] });
    expect(json.status).toBe(415);
  });

  it('answers 404 to an unknown job and 422 to a malformed job id; analysts may not upload', async () => {
    expect(
      (await request(h.app).get('/api/v1/imports/imp-20240101T000000-deadbeef').set(h.as('analyst'))).status,
    ).toBe(404);
    expect((await request(h.app).get('/api/v1/imports/../../etc').set(h.as('analyst'))).status).toBeLessThan(
      500,
    );
    expect((await request(h.app).get('/api/v1/imports/nope').set(h.as('analyst'))).status).toBe(422);
    const res = await request(h.app)
      .post('/api/v1/imports')
      .set(h.as('analyst'))
      .attach('files', Buffer.from(csv), { filename: 'companies.csv' });
    expect(res.status).toBe(403);
  });
});
