// Helpers for queue tests: own key prefixes, short timings, a scratch redis-server, real worker processes.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { ROOT, resolveConfig } from '../../../core/config';
import type { JobSettings } from '../../../jobs/settings';

export const REDIS_URL = resolveConfig().redis.url;

/** Short timings so stalls, retries and lock expiry happen within a test's patience. */
export function testSettings(name: string, over: Partial<JobSettings> = {}): Partial<JobSettings> {
  return {
    prefix: `mjt-${name}-${randomBytes(3).toString('hex')}`,
    redisUrl: REDIS_URL,
    lockDurationMs: 2_000,
    stalledIntervalMs: 1_000,
    maxStalledCount: 2,
    attempts: 3,
    backoffMs: 200,
    runLockTtlMs: 3_000,
    runLockRetryMs: 300,
    ...over,
  };
}

/** Deletes every key under the test's own prefix (never anything else on the shared Redis). */
export async function dropPrefix(prefix: string, url = REDIS_URL): Promise<void> {
  const r = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) await r.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    r.disconnect();
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until<T>(
  what: string,
  fn: () => Promise<T>,
  timeoutMs = 20_000,
): Promise<Exclude<T, false | null | undefined>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v as Exclude<T, false | null | undefined>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** A redis-server of the test's own, on its own port, with an append-only file in a temp folder. */
export class ScratchRedis {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-redis-'));
  private proc?: ChildProcess;
  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--save', ''];
    args.push('--appendonly', 'yes', '--appendfsync', 'everysec');
    this.proc = spawn('redis-server', args, { stdio: 'ignore' });
    await until('scratch redis', async () => {
      const r = new Redis(this.url, {
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      });
      r.on('error', () => undefined);
      try {
        await r.connect();
        return (await r.ping()) === 'PONG';
      } catch {
        return false;
      } finally {
        r.disconnect();
      }
    });
  }

  /** Kills the server (SIGKILL = crash, SIGTERM = clean shutdown) and waits for it to exit. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null) return;
    const exited = new Promise((r) => p.once('exit', r));
    p.kill(signal);
    await exited;
  }

  async destroy(): Promise<void> {
    await this.stop('SIGKILL');
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface WorkerProcess {
  proc: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `npx mingjing worker` as a real child process and waits until it says it is ready. */
export async function spawnWorker(args: string[], env: NodeJS.ProcessEnv = {}): Promise<WorkerProcess> {
  const proc = spawn(process.execPath, [path.join(ROOT, 'bin', 'mingjing.cjs'), 'worker', ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout?.on('data', (d) => (out += String(d)));
  proc.stderr?.on('data', (d) => (out += String(d)));
  const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
  await until(
    'worker ready',
    async () => {
      if (proc.exitCode !== null) throw new Error(`worker exited early:\n${out}`);
      return /工作进程已就绪|worker ready/.test(out);
    },
    60_000,
  );
  return { proc, output: () => out, exited };
}
