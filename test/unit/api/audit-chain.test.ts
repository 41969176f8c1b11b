// The audit hash chain detects an edited, a deleted and a cut-off entry and names the first bad one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { canonical, entryHash, verifyLines } from '../../../api/audit/chain';
import { JsonlAuditLog, verifyAuditFile } from '../../../api/audit/log';

function writeLog(n: number): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mj-audit-')), 'audit.jsonl');
  const log = new JsonlAuditLog(file);
  for (let i = 0; i < n; i++)
    log.record({ actor: { keyId: 'k', name: 'n', role: 'admin' }, action: 'x', query: { i }, results: i });
  log.close();
  return file;
}

const lines = (file: string) => fs.readFileSync(file, 'utf8').trimEnd().split('\n');

describe('audit hash chain', () => {
  it('canonical JSON does not depend on key order', () => {
    expect(canonical({ b: 1, a: { d: 2, c: [1, { f: 1, e: 2 }] } })).toBe(
      canonical({ a: { c: [1, { e: 2, f: 1 }], d: 2 }, b: 1 }),
    );
  });

  it('verifies an untouched log', () => {
    const r = verifyAuditFile(writeLog(5));
    expect(r).toMatchObject({ ok: true, entries: 5 });
  });

  it('continues the chain across restarts', () => {
    const file = writeLog(3);
    const log = new JsonlAuditLog(file);
    expect(log.record({ actor: null, action: 'y' })).toBe('aud-00000004');
    log.close();
    expect(verifyAuditFile(file)).toMatchObject({ ok: true, entries: 4 });
  });

  it('names the edited entry when one field of it is changed', () => {
    const file = writeLog(5);
    const ls = lines(file);
    ls[2] = ls[2].replace('"results":2', '"results":9');
    fs.writeFileSync(file, ls.join('\n') + '\n');
    const r = verifyAuditFile(file);
    expect(r.ok).toBe(false);
    expect(r.bad).toMatchObject({ line: 3, seq: 3, id: 'aud-00000003' });
    expect(r.bad?.reason).toMatch(/edited/);
  });

  it('names the deleted entry when one is removed from the middle', () => {
    const file = writeLog(5);
    const ls = lines(file);
    ls.splice(1, 1);
    fs.writeFileSync(file, ls.join('\n') + '\n');
    const r = verifyAuditFile(file);
    expect(r.bad).toMatchObject({ seq: 2, id: 'aud-00000002', line: 2 });
    expect(r.bad?.reason).toMatch(/missing/);
  });

  it('detects entries cut off at the end through the head record', () => {
    const file = writeLog(5);
    fs.writeFileSync(file, lines(file).slice(0, 4).join('\n') + '\n');
    const r = verifyAuditFile(file);
    expect(r.bad).toMatchObject({ seq: 5, id: 'aud-00000005' });
  });

  it('detects an entry whose hash was recomputed after an edit, at the next entry', () => {
    const file = writeLog(4);
    const ls = lines(file).map((l) => JSON.parse(l));
    ls[1].results = 99;
    const { hash: _h, ...body } = ls[1];
    ls[1].hash = entryHash(body);
    fs.writeFileSync(file, ls.map((e) => JSON.stringify(e)).join('\n') + '\n');
    expect(verifyAuditFile(file).bad).toMatchObject({ line: 3 });
  });

  it('reports a line that is not JSON', () => {
    expect(verifyLines(['{not json'])).toMatchObject({ ok: false, bad: { line: 1, seq: 1 } });
  });
});
