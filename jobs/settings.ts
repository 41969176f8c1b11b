// Queue settings: one interface, defaults, validation and resolution (tests shorten the timings).
import path from 'node:path';
import { createHash } from 'node:crypto';
import { config, type Config } from '../core/config';
import { ConfigError } from '../core/errors';

export type PartitionBy = 'region' | 'none';

export interface JobSettings {
  /** Redis key prefix of every queue and lock (see defaultPrefix); tests use their own so they never meet. */
  prefix: string;
  redisUrl: string;
  /** How long a worker's lock on an active job lasts; renewed at half of it while the job runs. */
  lockDurationMs: number;
  /** How often workers look for jobs whose lock expired (a worker died) and put them back. */
  stalledIntervalMs: number;
  /** How many times a job may stall before it fails for good. */
  maxStalledCount: number;
  /** Attempts of a job that fails with a transient error (Neo4j or Redis unavailable). */
  attempts: number;
  /** First retry delay; doubles each attempt (exponential backoff). */
  backoffMs: number;
  /** Lifetime of the detection-run lock; renewed at a third of it while any step of the run works. */
  runLockTtlMs: number;
  /** When another run holds the lock, try again after this long. */
  runLockRetryMs: number;
  /** How a detection run is split into child jobs. */
  partitionBy: PartitionBy;
  /** Finished jobs kept for status look-ups (count). */
  keepCompleted: number;
  keepFailed: number;
  /** Shared folder where the API saves uploads and workers read them. */
  uploadDir: string;
  nightly: { cron: string; tz: string };
}

export const DEFAULT_JOB_SETTINGS: Omit<JobSettings, 'redisUrl' | 'uploadDir' | 'nightly'> = {
  prefix: 'mingjing',
  lockDurationMs: 30_000,
  stalledIntervalMs: 15_000,
  maxStalledCount: 2,
  attempts: 5,
  backoffMs: 2_000,
  runLockTtlMs: 60_000,
  runLockRetryMs: 5_000,
  partitionBy: 'region',
  keepCompleted: 1_000,
  keepFailed: 5_000,
};

const POSITIVE: (keyof JobSettings)[] = [
  'lockDurationMs',
  'stalledIntervalMs',
  'attempts',
  'backoffMs',
  'runLockTtlMs',
  'runLockRetryMs',
  'keepCompleted',
  'keepFailed',
];

function bad(field: string, expected: string): ConfigError {
  return new ConfigError(
    'jobs.settings',
    `队列设置 ${field} 无效，应为${expected}`,
    `queue setting ${field} is invalid; expected ${expected}`,
    { field, expected },
  );
}

/** Throws a ConfigError naming the first wrong field. */
export function validateJobSettings(s: JobSettings): void {
  if (!/^[A-Za-z0-9_-]+$/.test(s.prefix)) throw bad('prefix', '字母数字、-、_ (letters, digits, - or _)');
  if (!/^rediss?:\/\//.test(s.redisUrl)) throw bad('redisUrl', 'redis:// 开头的地址 (a redis:// URL)');
  for (const k of POSITIVE) {
    const v = s[k] as number;
    if (!Number.isInteger(v) || v <= 0) throw bad(k, '正整数 (a positive integer)');
  }
  if (!Number.isInteger(s.maxStalledCount) || s.maxStalledCount < 0) {
    throw bad('maxStalledCount', '非负整数 (a non-negative integer)');
  }
  if (s.runLockTtlMs < 3 * 100) throw bad('runLockTtlMs', '至少 300 毫秒 (at least 300 ms)');
  if (!['region', 'none'].includes(s.partitionBy)) throw bad('partitionBy', 'region 或 none');
  if (s.nightly.cron.trim().split(/\s+/).length < 5) {
    throw bad('NIGHTLY_CRON', 'cron 表达式，如 "0 2 * * *" (a cron pattern like "0 2 * * *")');
  }
}

/**
 * On the machine-local Redis (no REDIS_URL) several instances (MINGJING_HOME) may share one server: each
 * gets its own queues. With REDIS_URL set (a deployment; serve and workers on several machines) all share
 * the plain prefix.
 */
export function defaultPrefix(cfg: Pick<Config, 'home' | 'redis'>): string {
  if (!cfg.redis.local) return DEFAULT_JOB_SETTINGS.prefix;
  const h = createHash('sha256').update(path.resolve(cfg.home)).digest('hex').slice(0, 8);
  return `${DEFAULT_JOB_SETTINGS.prefix}-${h}`;
}

/** Defaults, then the process config (Redis URL, uploads folder, nightly schedule), then the caller's overrides. */
export function resolveJobSettings(overrides: Partial<JobSettings> = {}): JobSettings {
  const cfg = config();
  const s: JobSettings = {
    ...DEFAULT_JOB_SETTINGS,
    prefix: defaultPrefix(cfg),
    redisUrl: cfg.redis.url,
    uploadDir: path.join(cfg.home, 'uploads'),
    nightly: { ...cfg.nightly },
    ...overrides,
  };
  validateJobSettings(s);
  return s;
}
