// `up`/`down`/`status` for Redis: REDIS_URL is only pinged; otherwise a local Redis on 127.0.0.1:6379 is used or started.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { Redis } from 'ioredis';
import type { Config } from '../core/config';
import { UnavailableError } from '../core/errors';
import { layout, type Layout } from './layout';
import { livePid, sleep, stopPid, tail, which } from './proc';
import { installRedis } from './redis-install';
import type { ServiceState } from './state';

/** The URL without its password, for printing. */
export function safeUrl(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, '//***@');
}

/** Redis's version if it answers PING at `url`, else undefined. */
export async function redisVersion(url: string): Promise<string | undefined> {
  const r = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 2000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  r.on('error', () => undefined);
  try {
    await r.connect();
    if ((await r.ping()) !== 'PONG') return undefined;
    return /redis_version:(\S+)/.exec(await r.info('server'))?.[1] ?? '?';
  } catch {
    return undefined;
  } finally {
    r.disconnect();
  }
}

function ourPid(l: Layout): number | undefined {
  return livePid(l.redis.pidFile, 'redis-server');
}

function startRedis(l: Layout, port: number): void {
  const bin = which('redis-server') ?? installRedis();
  fs.mkdirSync(l.redis.dir, { recursive: true });
  const args = [
    ...['--bind', '127.0.0.1', '--port', String(port), '--protected-mode', 'yes'],
    ...[
      '--daemonize',
      'yes',
      '--pidfile',
      l.redis.pidFile,
      '--logfile',
      l.redis.logFile,
      '--dir',
      l.redis.dir,
    ],
    ...['--appendonly', 'yes', '--appendfsync', 'everysec', '--save', '3600 1 300 100 60 10000'],
  ];
  const r = spawnSync(bin, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) {
    throw new UnavailableError(
      'redis.start',
      `redis-server 启动失败：${(r.stderr || r.stdout).trim()}\n${tail(l.redis.logFile, 10)}`,
      `redis-server failed to start; see ${l.redis.logFile}`,
    );
  }
}

async function waitRedis(url: string, l: Layout, timeoutMs = 15_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const v = await redisVersion(url);
    if (v) return v;
    await sleep(300);
  }
  throw new UnavailableError(
    'redis.timeout',
    `Redis 未在 ${timeoutMs / 1000} 秒内就绪：\n${tail(l.redis.logFile, 10)}`,
    `Redis was not ready within ${timeoutMs / 1000} s; see ${l.redis.logFile}`,
  );
}

export async function redisUp(cfg: Config): Promise<ServiceState> {
  const url = cfg.redis.url;
  const l = layout(cfg.home);
  const state: ServiceState = { name: 'Redis', running: true, managed: false, uri: safeUrl(url) };
  let version = await redisVersion(url);
  if (version) return { ...state, version, pid: ourPid(l), managed: ourPid(l) !== undefined };
  if (!cfg.redis.local) {
    throw new UnavailableError(
      'redis.unavailable',
      `无法连接 REDIS_URL=${safeUrl(url)}`,
      `cannot reach REDIS_URL`,
    );
  }
  console.log(`正在启动 Redis（${l.redis.dir}）… (starting Redis)`);
  startRedis(l, Number(new URL(url).port || 6379));
  version = await waitRedis(url, l);
  return { ...state, version, pid: ourPid(l), managed: true, started: true };
}

export async function redisDown(cfg: Config): Promise<string> {
  const pid = ourPid(layout(cfg.home));
  if (pid === undefined) return 'Redis 不是本实例启动的，未停止 (not started by this instance; left alone)';
  await stopPid(pid, 30_000);
  return 'Redis 已停止 (stopped)';
}

export async function redisStatus(cfg: Config): Promise<ServiceState> {
  const pid = ourPid(layout(cfg.home));
  const version = await redisVersion(cfg.redis.url);
  return {
    name: 'Redis',
    running: version !== undefined,
    managed: pid !== undefined,
    uri: safeUrl(cfg.redis.url),
    pid,
    version,
  };
}
