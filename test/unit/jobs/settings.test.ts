import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, InputError } from '../../../core/errors';
import { reconnectDelay } from '../../../jobs/connection';
import { resolveUploadPaths, throttled } from '../../../jobs/processors/ingest';
import { DEFAULT_JOB_SETTINGS, defaultPrefix, resolveJobSettings } from '../../../jobs/settings';

describe('queue settings', () => {
  it('resolves defaults with the configured Redis and nightly schedule', () => {
    const s = resolveJobSettings();
    expect(s.lockDurationMs).toBe(DEFAULT_JOB_SETTINGS.lockDurationMs);
    expect(s.redisUrl).toMatch(/^redis:\/\//);
    expect(s.nightly.cron.split(' ')).toHaveLength(5);
  });
  it('names the field when a timing is not a positive integer', () => {
    expect(() => resolveJobSettings({ lockDurationMs: 0 })).toThrow(ConfigError);
    expect(() => resolveJobSettings({ lockDurationMs: 0 })).toThrow(/lockDurationMs/);
  });
  it('gives each local instance its own queues, and a deployment with REDIS_URL the plain prefix', () => {
    const local = (home: string) =>
      defaultPrefix({ home, redis: { url: 'redis://127.0.0.1:6379', local: true } });
    expect(local('/srv/a')).toMatch(/^mingjing-[0-9a-f]{8}$/);
    expect(local('/srv/a')).toBe(local('/srv/a'));
    expect(local('/srv/a')).not.toBe(local('/srv/b'));
    expect(defaultPrefix({ home: '/srv/a', redis: { url: 'redis://redis:6379', local: false } })).toBe(
      'mingjing',
    );
  });
  it('refuses a prefix that could collide with Redis key separators', () => {
    expect(() => resolveJobSettings({ prefix: 'a:b' })).toThrow(/prefix/);
  });
});

describe('Redis reconnect delay', () => {
  it('backs off exponentially from 200 ms and never waits more than 5 s', () => {
    expect([1, 2, 3, 4].map(reconnectDelay)).toEqual([200, 400, 800, 1600]);
    expect(reconnectDelay(50)).toBe(5_000);
  });
});

describe('uploaded file paths', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-uploads-'));
  fs.writeFileSync(path.join(dir, 'bids.csv'), 'tender_id\n');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads relative paths from the uploads folder', () => {
    expect(resolveUploadPaths(['bids.csv'], dir)).toEqual([path.join(dir, 'bids.csv')]);
  });
  it('rejects a missing file with its name, as bad input', () => {
    expect(() => resolveUploadPaths(['companies.csv'], dir)).toThrow(InputError);
    expect(() => resolveUploadPaths(['companies.csv'], dir)).toThrow(/companies\.csv/);
  });
  it('rejects a path that climbs out of the uploads folder', () => {
    expect(() => resolveUploadPaths(['../etc/passwd'], dir)).toThrow(/outside|不在/);
  });
});

describe('throttled progress', () => {
  it('passes the first report and drops the ones that follow within the interval', () => {
    const seen: unknown[] = [];
    const report = throttled((p) => seen.push(p), 60_000);
    report(1);
    report(2);
    expect(seen).toEqual([1]);
  });
});
