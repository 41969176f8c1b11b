// Installs Debian's redis-server when it is missing (root only): `apt-get update` once, then `apt-get install -y`.
import { spawnSync } from 'node:child_process';
import { ConfigError, UnavailableError } from '../core/errors';
import { which } from './proc';

const HINT = 'apt-get update && apt-get install -y redis-server';

function apt(args: string[]): void {
  const r = spawnSync('apt-get', args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) {
    const out = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-8).join('\n');
    throw new UnavailableError(
      'redis.install',
      `安装 redis-server 失败（apt-get ${args.join(' ')}）：\n${out}`,
      `installing redis-server failed (apt-get ${args.join(' ')}); install it by hand: ${HINT}, or set REDIS_URL`,
    );
  }
}

/** The path of redis-server after installing it; a clear ConfigError if we may not install. */
export function installRedis(): string {
  if (process.getuid?.() !== 0 || !which('apt-get')) {
    throw new ConfigError(
      'redis.missing',
      `找不到 redis-server，且无法自动安装（需要 root 与 apt-get）：请运行 sudo ${HINT}，或设置 REDIS_URL`,
      `redis-server not found and cannot be installed automatically (needs root and apt-get): run \`sudo ${HINT}\` or set REDIS_URL`,
      { expected: 'redis-server' },
    );
  }
  console.log('正在安装 redis-server（apt-get）… (installing redis-server)');
  apt(['update', '-q']);
  apt(['install', '-y', '-q', '--no-install-recommends', 'redis-server']);
  const bin = which('redis-server');
  if (!bin)
    throw new UnavailableError(
      'redis.install',
      '安装后仍找不到 redis-server',
      'redis-server missing after install',
    );
  return bin;
}
