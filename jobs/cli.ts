// `mingjing worker`, `run-detection`, `job <id>` and `nightly`: the queue from the command line.
import type { Command } from 'commander';
import { InputError } from '../core/errors';
import { openJobQueue } from './queue';
import { runWorkerProcess } from './runtime';
import type { JobSettings, PartitionBy } from './settings';
import type { JobStatus } from './status';

function int(name: string, min = 0) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) {
      throw new InputError(
        'cli.option',
        `选项 --${name} 应为 ≥${min} 的整数`,
        `--${name} must be an integer ≥ ${min}`,
        {
          field: name,
        },
      );
    }
    return n;
  };
}

function json(v: string): Record<string, unknown> {
  try {
    const o = JSON.parse(v) as unknown;
    if (o && typeof o === 'object' && !Array.isArray(o)) return o as Record<string, unknown>;
  } catch {
    // fall through to the error below
  }
  throw new InputError('cli.option', '--params 应为 JSON 对象', '--params must be a JSON object', {
    field: 'params',
  });
}

/** Queue settings given on the command line (tests shorten timings; operators may pick a prefix). */
function settingsFrom(o: Record<string, unknown>): Partial<JobSettings> {
  const s: Partial<JobSettings> = {};
  if (o.prefix) s.prefix = String(o.prefix);
  if (o.lockDuration) s.lockDurationMs = Number(o.lockDuration);
  if (o.stalledInterval) s.stalledIntervalMs = Number(o.stalledInterval);
  if (o.runLockTtl) s.runLockTtlMs = Number(o.runLockTtl);
  if (o.partition) s.partitionBy = o.partition as PartitionBy;
  return s;
}

function withQueueOptions(c: Command): Command {
  return c
    .option('--prefix <prefix>', 'Redis 键前缀 (Redis key prefix of the queues)')
    .option('--lock-duration <ms>', '任务锁时长 (job lock duration, ms)', int('lock-duration', 100))
    .option(
      '--stalled-interval <ms>',
      '失联任务检查间隔 (stalled-job check interval, ms)',
      int('stalled-interval', 100),
    )
    .option('--run-lock-ttl <ms>', '检测运行锁时长 (detection-run lock TTL, ms)', int('run-lock-ttl', 300));
}

export function printStatus(s: JobStatus): void {
  const progress =
    typeof s.progress === 'object' && s.progress ? JSON.stringify(s.progress) : String(s.progress);
  console.log(`任务 job ${s.id} [${s.queue}] 状态 state: ${s.state}  进度 progress: ${progress}`);
  if (s.failedReason) console.log(`失败原因 reason: ${s.failedReason}`);
  if (s.result) console.log(JSON.stringify(s.result, null, 2));
}

export function registerJobCommands(program: Command): void {
  withQueueOptions(
    program
      .command('worker')
      .description('启动任务工作进程：导入、检测运行、分区与夜间检测 (run the job worker)')
      .option(
        '-c, --concurrency <n>',
        '每个队列同时处理的任务数 (jobs at once per queue)',
        int('concurrency', 1),
        1,
      )
      .option('--partition <by>', '检测运行的分区方式 region|none (how runs are split)')
      .option('--no-nightly', '不登记夜间检测 (do not register the nightly detection)')
      .option(
        '--step-delay <ms>',
        '（测试用）每步后等待 (testing: pause after each step)',
        int('step-delay'),
      ),
  ).action(async (o: Record<string, unknown>) => {
    await runWorkerProcess({
      concurrency: Number(o.concurrency),
      settings: settingsFrom(o),
      nightly: o.nightly !== false,
      stepDelayMs: o.stepDelay === undefined ? 0 : Number(o.stepDelay),
    });
  });

  withQueueOptions(
    program
      .command('run-detection')
      .description('立即排入一次检测运行并打印任务编号 (queue a detection run now; prints the job id)')
      .option('--now', '立即运行（默认）(run now; the default)')
      .option('--wait', '等待运行结束并打印结果 (wait for the run and print its result)')
      .option('--timeout <s>', '等待的秒数 (seconds to wait)', int('timeout', 1), 3600)
      .option('--seed <n>', '随机种子 (seed)', int('seed'))
      .option('--partition <by>', '分区方式 region|none (how the run is split)')
      .option('--params <json>', '检测参数 JSON (detection parameters as JSON)', json),
  ).action(async (o: Record<string, unknown>) => {
    const q = openJobQueue(settingsFrom(o));
    try {
      const ref = await q.enqueueDetection({
        trigger: 'cli',
        seed: o.seed as number | undefined,
        params: (o.params as Record<string, unknown>) ?? {},
        partitionBy: o.partition as PartitionBy | undefined,
      });
      console.log(ref.id);
      if (!o.wait) return;
      const s = await q.wait(ref.id, Number(o.timeout) * 1000);
      printStatus(s);
      if (s.state !== 'completed') process.exitCode = 1;
    } finally {
      await q.close();
    }
  });

  withQueueOptions(program.command('job <id>').description('显示任务状态 (show a job’s status)')).action(
    async (id: string, o: Record<string, unknown>) => {
      const q = openJobQueue(settingsFrom(o));
      try {
        printStatus(await q.status(id));
      } finally {
        await q.close();
      }
    },
  );

  withQueueOptions(
    program.command('nightly').description('登记（或更新）夜间检测并显示下次时间 (register the nightly run)'),
  ).action(async (o: Record<string, unknown>) => {
    const q = openJobQueue(settingsFrom(o));
    try {
      const n = await q.registerNightly();
      console.log(`夜间检测 nightly: ${n.cron} (${n.tz})  下次 next: ${n.next ?? '-'}`);
    } finally {
      await q.close();
    }
  });
}
