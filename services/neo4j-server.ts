// Starts and stops one local Neo4j Community server (org.neo4j.server.CommunityEntryPoint) as a detached java process.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { ConfigError, UnavailableError } from '../core/errors';
import { jvmArgs } from './conf';
import type { Layout } from './layout';
import { isAlive, livePid, sleep, stopPid, tail } from './proc';

export const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';

/** Marker that identifies this instance's java process in /proc/<pid>/cmdline. */
export function homeArg(l: Layout): string {
  return `--home-dir=${l.neo4j.home}`;
}

export function runningPid(l: Layout): number | undefined {
  return livePid(l.neo4j.pidFile, homeArg(l));
}

/** Major version of `java` (8, 11, 17, 21, ...), from `java -version`. */
export function javaMajor(java: string): number {
  const r = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const m = /version "(\d+)(?:\.(\d+))?/.exec(`${r.stderr}${r.stdout}`);
  if (!m) return 0;
  return m[1] === '1' ? Number(m[2]) : Number(m[1]);
}

export function requireJava17(java: string): void {
  const major = javaMajor(java);
  if (major < 17) {
    throw new ConfigError(
      'services.java-version',
      `Neo4j 5.26 需要 Java 17 或 21，当前 ${java} 是 Java ${major || '未知'}`,
      `Neo4j 5.26 needs Java 17 or 21; ${java} is Java ${major || 'unknown'}`,
      { expected: 'Java 17+' },
    );
  }
}

export interface Spawned {
  pid: number;
  /** Size of neo4j.log before this start: the log tail shown on failure begins there. */
  logOffset: number;
}

/** Spawns the server detached (survives this CLI), stdout/stderr to a fresh console.log; writes the pid file. */
export function spawnServer(l: Layout, java: string, cp: string, conf: string): Spawned {
  for (const d of [l.neo4j.data, l.neo4j.logs, l.neo4j.run, l.neo4j.import])
    fs.mkdirSync(d, { recursive: true });
  const logOffset = fs.existsSync(l.neo4j.serverLog) ? fs.statSync(l.neo4j.serverLog).size : 0;
  const out = fs.openSync(l.neo4j.consoleLog, 'w');
  const args = [...jvmArgs(conf), '-cp', cp, ENTRY_POINT, homeArg(l), `--config-dir=${l.neo4j.confDir}`];
  const child = spawn(java, args, { detached: true, stdio: ['ignore', out, out], cwd: l.neo4j.home });
  fs.closeSync(out);
  if (child.pid === undefined) {
    throw new UnavailableError('neo4j.spawn', `无法启动 ${java}`, `could not start ${java}`);
  }
  child.unref();
  fs.writeFileSync(l.neo4j.pidFile, `${child.pid}\n`);
  return { pid: child.pid, logOffset };
}

/** The JVM console and the last lines Neo4j logged since `since` (a byte offset), for error messages. */
export function logTail(l: Layout, since = 0): string {
  let server: string;
  try {
    const buf = fs.readFileSync(l.neo4j.serverLog);
    server = buf.subarray(Math.min(since, buf.length)).toString('utf8').trimEnd();
  } catch {
    server = '';
  }
  return [tail(l.neo4j.consoleLog, 15), server.split('\n').slice(-15).join('\n')].filter(Boolean).join('\n');
}

/**
 * Polls `ready` every second until it resolves true. Fails at once if the process dies, or after `timeoutMs`,
 * with the log tail in the message.
 */
export async function waitReady(
  l: Layout,
  started: Spawned,
  ready: () => Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (!isAlive(started.pid)) {
      throw new UnavailableError(
        'neo4j.exited',
        `Neo4j 启动失败并已退出，日志 ${l.neo4j.logs}：\n${logTail(l, started.logOffset)}`,
        `Neo4j exited during start-up; see ${l.neo4j.serverLog}`,
      );
    }
    if (await ready()) return;
    await sleep(1000);
  }
  throw new UnavailableError(
    'neo4j.timeout',
    `Neo4j 在 ${timeoutMs / 1000} 秒内未就绪，日志 ${l.neo4j.logs}：\n${logTail(l, started.logOffset)}`,
    `Neo4j was not ready within ${timeoutMs / 1000} s; see ${l.neo4j.serverLog}`,
  );
}

/** Stops this instance's server gracefully; false when it was not running. */
export async function stopServer(l: Layout, timeoutMs = 90_000): Promise<boolean> {
  const pid = runningPid(l);
  if (pid === undefined) {
    fs.rmSync(l.neo4j.pidFile, { force: true });
    return false;
  }
  const clean = await stopPid(pid, timeoutMs);
  if (!clean) console.warn(`Neo4j 未在 ${timeoutMs / 1000} 秒内退出，已强制结束 (killed after timeout)`);
  fs.rmSync(l.neo4j.pidFile, { force: true });
  return true;
}
