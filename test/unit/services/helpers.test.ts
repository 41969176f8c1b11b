// Service helpers that need no services: the instance lock, the classpath cache check, URL redaction, state lines.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cachedClasspath } from '../../../services/classpath';
import { sleep, withLock } from '../../../services/proc';
import { safeUrl } from '../../../services/redis';
import { formatState } from '../../../services/state';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-unit-services-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the instance lock', () => {
  it('lets only one holder in at a time', async () => {
    const lock = path.join(dir, 'up.lock');
    const events: string[] = [];
    const hold = (name: string) =>
      withLock(lock, async () => {
        events.push(`${name}+`);
        await sleep(50);
        events.push(`${name}-`);
      });
    await Promise.all([hold('a'), hold('b')]);
    expect(events).toEqual(['a+', 'a-', 'b+', 'b-']);
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('takes over a lock whose holder has died', async () => {
    const lock = path.join(dir, 'up.lock');
    fs.writeFileSync(lock, '999999999\n');
    await expect(withLock(lock, async () => 'ran', 2000)).resolves.toBe('ran');
  });
});

describe('the cached Neo4j classpath', () => {
  it('is used only while every jar on it still exists', () => {
    const jar = path.join(dir, 'a.jar');
    fs.writeFileSync(jar, '');
    const file = path.join(dir, 'neo4j.classpath');
    fs.writeFileSync(file, `${jar}${path.delimiter}${jar}\n`);
    expect(cachedClasspath(file)).toBe(`${jar}${path.delimiter}${jar}`);
    fs.rmSync(jar);
    expect(cachedClasspath(file)).toBeUndefined();
    expect(cachedClasspath(path.join(dir, 'missing.classpath'))).toBeUndefined();
  });
});

describe('printed service lines', () => {
  it('never show a Redis password', () => {
    expect(safeUrl('redis://:s3cret@cache:6379/0')).toBe('redis://***@cache:6379/0');
    expect(safeUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });

  it('say running or down, in Chinese first, with the pid and URI', () => {
    const up = {
      name: 'Neo4j',
      running: true,
      managed: true,
      uri: 'bolt://127.0.0.1:7688',
      pid: 42,
    } as const;
    expect(formatState(up)).toMatch(/^Neo4j\s+运行中 running {2}pid 42 {2}bolt:\/\/127\.0\.0\.1:7688$/);
    expect(formatState({ ...up, running: false, pid: undefined })).toContain('未运行 down');
  });
});
