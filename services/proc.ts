// Process helpers for the services: pid files, liveness, graceful stop, port probes, required tools.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { ConfigError, UnavailableError } from '../core/errors';

export function readPid(file: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The command line of a live process (Linux /proc), or undefined when unknown. */
export function cmdline(pid: number): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return undefined;
  }
}

/** The pid in `file` if that process is alive and (when /proc is readable) its command line contains `marker`. */
export function livePid(file: string, marker: string): number | undefined {
  const pid = readPid(file);
  if (pid === undefined || !isAlive(pid)) return undefined;
  const cmd = cmdline(pid);
  return cmd === undefined || cmd.includes(marker) ? pid : undefined;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** SIGTERM, then wait up to `timeoutMs` for the process to exit; SIGKILL after that. True if it exited on TERM. */
export async function stopPid(pid: number, timeoutMs: number): Promise<boolean> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return true;
  }
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await sleep(250);
  }
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  return false;
}

/** True if something accepts TCP connections on host:port. */
export function portOpen(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port });
    const done = (ok: boolean) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(timeoutMs, () => done(false));
    s.once('connect', () => done(true));
    s.once('error', () => done(false));
  });
}

/** Absolute path of an executable on PATH, or undefined. */
export function which(cmd: string): string | undefined {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  const out = r.stdout?.trim();
  return r.status === 0 && out ? out : undefined;
}

const INSTALL_HINT: Record<string, string> = {
  java: 'apt-get install -y openjdk-17-jre-headless',
  mvn: 'apt-get install -y maven',
};

/** The path of a required tool, or a one-line ConfigError saying how to install it. */
export function requireTool(cmd: 'java' | 'mvn'): string {
  const p = which(cmd);
  if (p) return p;
  const what = cmd === 'java' ? 'Java 17+（运行 Neo4j 5.26 需要）' : 'Maven（下载 Neo4j 需要）';
  const whatEn = cmd === 'java' ? 'Java 17+ (Neo4j 5.26 needs it)' : 'Maven (needed to download Neo4j)';
  throw new ConfigError(
    `services.${cmd}-missing`,
    `找不到 ${cmd}：请安装 ${what}，例如 ${INSTALL_HINT[cmd]}，或设置 NEO4J_URI 使用已有的 Neo4j`,
    `${cmd} not found: install ${whatEn}, e.g. \`${INSTALL_HINT[cmd]}\`, or set NEO4J_URI to use an existing Neo4j`,
    { expected: cmd },
  );
}

/** Last `n` lines of a text file ('' if missing). */
export function tail(file: string, n = 20): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-n).join('\n');
  } catch {
    return '';
  }
}

/**
 * Runs `fn` while holding an exclusive lock file (the holder's pid inside); a lock whose holder died is taken
 * over. Keeps two `up` of the same instance from starting two servers on one data folder.
 */
export async function withLock<T>(file: string, fn: () => Promise<T>, timeoutMs = 600_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = readPid(file);
      if (holder === undefined || !isAlive(holder)) fs.rmSync(file, { force: true });
      else if (Date.now() > until)
        throw new UnavailableError(
          'services.locked',
          `${file} 被进程 ${holder} 占用`,
          `${file} is held by pid ${holder}`,
        );
      else await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(file, { force: true });
  }
}
