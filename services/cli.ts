// `mingjing up | down | status`: start, stop and show this instance's Neo4j and Redis.
import type { Command } from 'commander';
import { config, type Config } from '../core/config';
import { layout } from './layout';
import { neo4jDown, neo4jStatus, neo4jUp } from './neo4j';
import { redisDown, redisStatus, redisUp } from './redis';
import { formatState } from './state';

function seconds(t0: number): string {
  return `${((Date.now() - t0) / 1000).toFixed(1)} s`;
}

export async function up(cfg: Config): Promise<void> {
  const t0 = Date.now();
  const redis = await redisUp(cfg);
  const neo = await neo4jUp(cfg);
  console.log(formatState(neo));
  console.log(formatState(redis));
  const what = neo.started || redis.started ? '已启动 started' : '已在运行 already running';
  const data = cfg.neo4j.local ? `  数据 data: ${layout(cfg.home).home}` : '';
  console.log(`${what}（${seconds(t0)}）: NEO4J_URI=${neo.uri}${data}`);
}

export async function down(cfg: Config): Promise<void> {
  const t0 = Date.now();
  console.log(await neo4jDown(cfg));
  console.log(await redisDown(cfg));
  console.log(`完成 done（${seconds(t0)}）`);
}

/** Prints both services; returns false when either is down. */
export async function status(cfg: Config): Promise<boolean> {
  const states = await Promise.all([neo4jStatus(cfg), redisStatus(cfg)]);
  for (const s of states) console.log(formatState(s));
  return states.every((s) => s.running);
}

export function registerServiceCommands(program: Command): void {
  program
    .command('up')
    .description(
      '启动本实例的 Neo4j 与 Redis 并建立索引 (start this instance’s Neo4j and Redis, apply the schema)',
    )
    .action(() => up(config()));
  program
    .command('down')
    .description('停止 Mingjing 启动的 Neo4j 与 Redis (stop the Neo4j and Redis Mingjing started)')
    .action(() => down(config()));
  program
    .command('status')
    .description(
      '显示 Neo4j 与 Redis 状态；任一未运行则退出码非零 (show both; non-zero exit if either is down)',
    )
    .action(async () => {
      if (!(await status(config()))) process.exitCode = 1;
    });
}
