// Keys through the API (admin only), and the audit trail of lookups and its verification.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { ROOT } from '../../../core/config';
import { resetGraph } from '../helpers';
import { auditEntries, harness, type Harness } from './harness';

let h: Harness;
jest.setTimeout(60_000);

beforeAll(async () => {
  h = harness();
  await resetGraph(h.graph);
});
afterAll(() => h.close());

describe('API keys', () => {
  it('creates a key whose secret is shown once and works, lists it without the hash, revokes it', async () => {
    const created = await request(h.app)
      .post('/api/v1/keys')
      .set(h.as('admin'))
      .send({ name: '外部系统', role: 'service' });
    expect(created.status).toBe(201);
    const { key, secret } = created.body;
    expect(secret).toMatch(/^mjk_/);
    const ok = await request(h.app)
      .post('/api/v1/conflicts/check')
      .set('X-API-Key', secret)
      .send({ pairs: [{ a: '1', b: '2' }] });
    expect(ok.status).toBe(200);
    const list = await request(h.app).get('/api/v1/keys').set(h.as('admin'));
    const listed = list.body.keys.find((k: { id: string }) => k.id === key.id);
    expect(listed).toMatchObject({ name: '外部系统', role: 'service', revokedAt: null });
    expect(JSON.stringify(list.body)).not.toContain(secret);
    expect(listed.hash).toBeUndefined();
    const del = await request(h.app).delete(`/api/v1/keys/${key.id}`).set(h.as('admin'));
    expect(del.body.revokedAt).not.toBeNull();
    expect(
      (await request(h.app).post('/api/v1/conflicts/check').set('X-API-Key', secret).send({})).status,
    ).toBe(401);
  });

  it('refuses an unknown role with 422 and an unknown key id with 404', async () => {
    const bad = await request(h.app)
      .post('/api/v1/keys')
      .set(h.as('admin'))
      .send({ name: 'x', role: 'root' });
    expect(bad.status).toBe(422);
    expect(bad.body.field).toBe('body.role');
    expect((await request(h.app).delete('/api/v1/keys/key_000000000000').set(h.as('admin'))).status).toBe(
      404,
    );
  });
});

describe('audit trail', () => {
  it('records who asked what and how many results for lookups and denials', async () => {
    await request(h.app).get('/api/v1/search?q=测试').set(h.as('analyst'));
    await request(h.app).get('/api/v1/entities/Company/NOPE').set(h.as('investigator'));
    const entries = auditEntries(h);
    expect(entries.find((e) => e.action === 'entity.search')).toMatchObject({
      actor: { role: 'analyst' },
      query: { q: '测试' },
      results: 0,
    });
    expect(entries.find((e) => e.action === 'entity.detail')).toMatchObject({
      status: 404,
      query: { label: 'Company', key: 'NOPE' },
    });
    const verify = await request(h.app).get('/api/v1/audit/verify').set(h.as('admin'));
    expect(verify.body).toMatchObject({ ok: true });
    const tail = await request(h.app).get('/api/v1/audit?limit=2').set(h.as('admin'));
    expect(tail.body.entries).toHaveLength(2);
  });

  it('`mingjing audit verify` passes an intact log and names an edited and a deleted entry', () => {
    for (let i = 0; i < 3; i++) h.audit.record({ actor: null, action: 'test', results: i });
    const cli = (file: string) => {
      try {
        return {
          code: 0,
          out: execFileSync(
            process.execPath,
            [path.join(ROOT, 'bin/mingjing.cjs'), 'audit', 'verify', '--file', file],
            { encoding: 'utf8', stdio: 'pipe' },
          ),
        };
      } catch (e) {
        const x = e as { status: number; stderr: string };
        return { code: x.status, out: x.stderr };
      }
    };
    const good = cli(h.audit.file);
    expect(good.code).toBe(0);
    const lines = fs.readFileSync(h.audit.file, 'utf8').trimEnd().split('\n');
    const edited = path.join(h.dir, 'edited.jsonl');
    fs.writeFileSync(
      edited,
      lines.map((l, i) => (i === 1 ? l.replace('"action":"', '"action":"x') : l)).join('\n') + '\n',
    );
    const e = cli(edited);
    expect(e.code).toBe(1);
    expect(e.out).toContain('aud-00000002');
    const deleted = path.join(h.dir, 'deleted.jsonl');
    fs.writeFileSync(deleted, lines.filter((_l, i) => i !== 2).join('\n') + '\n');
    const d = cli(deleted);
    expect(d.code).toBe(1);
    expect(d.out).toContain('aud-00000003');
  });
});
