// Redis connections for queues: workers wait through outages, producers (API, CLI) fail fast with UnavailableError.
import { Redis } from 'ioredis';
import { UnavailableError } from '../core/errors';

export type RedisRole = 'worker' | 'producer';

/** Reconnect forever, backing off from 200 ms to 5 s, so a restarted Redis is picked up again. */
export function reconnectDelay(times: number): number {
  return Math.min(200 * 2 ** Math.min(times - 1, 5), 5_000);
}

/**
 * A worker's connection queues commands while Redis restarts (BullMQ needs `maxRetriesPerRequest: null`
 * for its blocking calls); a producer's refuses at once so a request gets a clear 503 instead of hanging.
 */
export function redisConnection(url: string, role: RedisRole): Redis {
  const conn = new Redis(url, {
    maxRetriesPerRequest: role === 'worker' ? null : 1,
    enableOfflineQueue: role === 'worker',
    retryStrategy: reconnectDelay,
    connectTimeout: 5_000,
    connectionName: `mingjing-${role}`,
  });
  // Without a listener ioredis prints every reconnect failure; the owner decides what to log.
  conn.on('error', () => undefined);
  return conn;
}

/** Resolves once the connection is ready (a producer's connection refuses commands before that). */
export async function whenReady(conn: Redis, timeoutMs = 5_000): Promise<void> {
  if (conn.status === 'ready') return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Redis connect ETIMEDOUT')), timeoutMs);
    conn.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const UNAVAILABLE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Connection is closed|Stream isn't writeable|MaxRetriesPerRequest|Reached the max retries|LOADING|connect ETIMEDOUT/i;

export function isRedisUnavailable(e: unknown): boolean {
  const name = (e as { name?: string })?.name ?? '';
  return name === 'MaxRetriesPerRequestError' || UNAVAILABLE.test(String((e as Error)?.message ?? e));
}

export function redisUnavailable(url: string): UnavailableError {
  const where = url.replace(/\/\/[^@]*@/, '//***@');
  return new UnavailableError(
    'redis.unavailable',
    `无法连接 Redis（${where}），请运行 npx mingjing up 或检查 REDIS_URL`,
    `Redis at ${where} is unreachable; run \`npx mingjing up\` or check REDIS_URL`,
  );
}

/** Runs a Redis operation, turning a connection failure into UnavailableError (HTTP 503, retry later). */
export async function withRedis<T>(url: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isRedisUnavailable(e)) throw redisUnavailable(url);
    throw e;
  }
}
