// The `mingjing worker` process: real Neo4j, detection and ingest wired to the queue; clean shutdown on signals.
import os from 'node:os';
import type { Redis } from 'ioredis';
import { config } from '../core/config';
import { log } from '../core/log';
import { closeGraph, graph } from '../graph/port';
import { redisConnection, whenReady } from './connection';
import { detectionEngine } from './detect-engine';
import { withStepDelay } from './engine-delay';
import { ingestFiles } from './ingest-adapter';
import { openJobQueue } from './queue';
import { resolveJobSettings, type JobSettings } from './settings';
import { startWorkers } from './worker';

export interface WorkerProcessOptions {
  concurrency: number;
  settings: Partial<JobSettings>;
  nightly: boolean;
  stepDelayMs: number;
}

/** Warnings when Redis would lose queued jobs on a restart (no AOF) or evict them (maxmemory policy). */
export async function durabilityWarnings(redis: Redis): Promise<string[]> {
  const out: string[] = [];
  try {
    const [, aof] = (await redis.config('GET', 'appendonly')) as string[];
    const [, policy] = (await redis.config('GET', 'maxmemory-policy')) as string[];
    if (aof !== 'yes')
      out.push(
        'Redis 未开启 appendonly，重启会丢失排队任务 (appendonly is off: a restart loses queued jobs)',
      );
    if (policy && policy !== 'noeviction') {
      out.push(
        `Redis maxmemory-policy=${policy}，任务可能被淘汰；应为 noeviction (jobs may be evicted; use noeviction)`,
      );
    }
  } catch {
    out.push('无法读取 Redis 配置（CONFIG 被禁用？）(cannot read the Redis config; CONFIG disabled?)');
  }
  return out;
}

async function checkRedis(url: string): Promise<void> {
  const r = redisConnection(url, 'producer');
  try {
    await whenReady(r);
    for (const w of await durabilityWarnings(r)) console.warn(`警告 warning: ${w}`);
  } finally {
    r.disconnect();
  }
}

export async function runWorkerProcess(o: WorkerProcessOptions): Promise<void> {
  const cfg = config();
  const settings = resolveJobSettings(o.settings);
  const g = graph();
  await g
    .ping()
    .catch((e: Error) => console.warn(`警告 warning: ${e.message}（任务将重试 jobs will retry）`));
  const snapshots = redisConnection(settings.redisUrl, 'worker');
  const pool = startWorkers({
    concurrency: o.concurrency,
    settings,
    graph: g,
    engine: withStepDelay(detectionEngine(snapshots, settings.prefix), o.stepDelayMs),
    ingest: ingestFiles,
    defaultSeed: cfg.seed,
    name: `${os.hostname()}:${process.pid}`,
  });
  await checkRedis(pool.settings.redisUrl);
  if (o.nightly) {
    const q = openJobQueue(o.settings);
    const n = await q.registerNightly().finally(() => q.close());
    console.log(`夜间检测 nightly: ${n.cron} (${n.tz})  下次 next: ${n.next ?? '-'}`);
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'worker stopping: finishing active jobs');
    await pool.close();
    snapshots.disconnect();
    await closeGraph();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  console.log(
    `工作进程已就绪 worker ready: pid ${process.pid}, concurrency ${o.concurrency}, prefix ${pool.settings.prefix}, ` +
      `partition ${pool.settings.partitionBy}`,
  );
}
