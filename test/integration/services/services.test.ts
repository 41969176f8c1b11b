// The running test instance as `mingjing up` left it: status reports it, Bolt is loopback-only, auth is on.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { localPasswordFile, resolveConfig, ROOT } from '../../../core/config';
import { Neo4jGraph } from '../../../graph/port';
import { layout } from '../../../services/layout';
import { portOpen, readPid } from '../../../services/proc';
import { resetGraph } from '../helpers';

const cfg = resolveConfig();
let g: Neo4jGraph;

beforeAll(async () => {
  g = new Neo4jGraph(cfg.neo4j);
  await resetGraph(g);
});
afterAll(() => g.close());

/** Local addresses listening on `port`, from /proc/net/tcp and tcp6 (hex, as the kernel writes them). */
function listeners(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((f) =>
    fs
      .readFileSync(f, 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.trim().split(/\s+/))
      .filter((c) => c[1]?.endsWith(`:${hexPort}`) && c[3] === '0A')
      .map((c) => c[1].split(':')[0]),
  );
}

const LOOPBACK = new Set([
  '0100007F',
  '0000000000000000FFFF00000100007F',
  '00000000000000000000000001000000',
]);

describe('the services of the test instance', () => {
  it('are reported running by `mingjing status`, with the pid from the pid file and the Bolt URI', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'mingjing.cjs'), 'status'], {
      encoding: 'utf8',
      cwd: ROOT,
    });
    expect(r.status).toBe(0);
    const pid = readPid(layout(cfg.home).neo4j.pidFile);
    const neo = r.stdout.split('\n').find((l) => l.startsWith('Neo4j')) ?? '';
    expect(neo).toContain('运行中 running');
    expect(neo).toContain(`pid ${pid}`);
    expect(neo).toContain(`bolt://127.0.0.1:${cfg.neo4j.boltPort}`);
    expect(neo).toMatch(/5\.26\.\d+ community/);
    expect(r.stdout).toMatch(/^Redis\s+运行中 running/m);
  });

  it('listen for Bolt on 127.0.0.1 only', async () => {
    const addrs = listeners(cfg.neo4j.boltPort);
    expect(addrs.length).toBeGreaterThan(0);
    expect(addrs.filter((a) => !LOOPBACK.has(a))).toEqual([]);
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) expect(await portOpen(external.address, cfg.neo4j.boltPort)).toBe(false);
  });

  it('require the generated password, kept in a file only the owner can read', async () => {
    const file = localPasswordFile(cfg.home);
    if (cfg.neo4j.local && fs.existsSync(file)) {
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.readFileSync(file, 'utf8').trim()).toBe(cfg.neo4j.password);
    }
    const wrong = new Neo4jGraph({ ...cfg.neo4j, password: 'not-the-password' });
    try {
      await expect(wrong.ping()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    } finally {
      await wrong.close();
    }
    await expect(g.ping()).resolves.toBeUndefined();
  });
});
