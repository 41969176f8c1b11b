// `up`/`down`/`status` for Neo4j: a local server under MINGJING_HOME, or only a check when NEO4J_URI is given.
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../core/config';
import { AuthError, ConflictError, UnavailableError } from '../core/errors';
import { inline } from '../graph/cypher';
import { isUnavailable, Neo4jGraph } from '../graph/port';
import { applySchema } from '../graph/schema';
import { neo4jClasspath } from './classpath';
import { renderConf } from './conf';
import { layout, type Layout } from './layout';
import { requireJava17, runningPid, spawnServer, stopServer, waitReady, type Spawned } from './neo4j-server';
import { ensurePassword, storedPassword } from './password';
import { portOpen, requireTool, withLock } from './proc';
import type { ServiceState } from './state';

export const START_TIMEOUT_MS = 120_000;

export function renderInstanceConf(cfg: Config, l: Layout): string {
  return renderConf(fs.readFileSync(l.confTemplate, 'utf8'), {
    dataDir: l.neo4j.data,
    logsDir: l.neo4j.logs,
    runDir: l.neo4j.run,
    importDir: cfg.neo4j.importDir,
    defaultImportDir: l.neo4j.import,
    boltPort: cfg.neo4j.boltPort,
    heap: cfg.neo4j.heap,
    pagecache: cfg.neo4j.pagecache,
  });
}

/** Resolves true once Bolt accepts our credentials; false while it is still starting. */
async function boltReady(neo: Config['neo4j']): Promise<boolean> {
  const g = new Neo4jGraph(neo);
  try {
    await g.ping();
    return true;
  } catch (e) {
    if (e instanceof UnavailableError || isUnavailable(e)) return false;
    if (/Unauthorized|authentication/i.test(String((e as { code?: string }).code ?? e))) {
      throw new AuthError(
        'neo4j.auth',
        `Neo4j（${neo.uri}）拒绝了密码：检查 NEO4J_PASSWORD 或密码文件`,
        `Neo4j at ${neo.uri} rejected the password; check NEO4J_PASSWORD or the password file`,
      );
    }
    throw e;
  } finally {
    await g.close();
  }
}

async function version(g: Neo4jGraph): Promise<string> {
  const rows = await g.read(
    inline(
      'dbms-components',
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition',
    ),
  );
  return rows[0] ? `${String(rows[0].v)} ${String(rows[0].edition)}` : '';
}

interface Starting {
  server: Spawned;
  password: string;
  started: boolean;
}

/** Starts the local server (the caller holds the instance lock); returns it with the password it uses. */
async function startLocal(cfg: Config, l: Layout): Promise<Starting> {
  const port = cfg.neo4j.boltPort;
  if (await portOpen('127.0.0.1', port)) {
    throw new ConflictError(
      'neo4j.port-taken',
      `端口 127.0.0.1:${port} 已被其他程序占用（不是 ${l.home} 的 Neo4j）：设置 NEO4J_BOLT_PORT 换端口，或停止占用者`,
      `port 127.0.0.1:${port} is taken by another program (not the Neo4j of ${l.home}); set NEO4J_BOLT_PORT or stop it`,
      { field: 'NEO4J_BOLT_PORT' },
    );
  }
  const java = requireTool('java');
  requireJava17(java);
  const cp = neo4jClasspath(l.cacheDir, cfg.neo4j.version);
  const conf = renderInstanceConf(cfg, l);
  fs.mkdirSync(l.neo4j.confDir, { recursive: true });
  fs.writeFileSync(l.neo4j.confFile, conf);
  const password = ensurePassword(l, cfg.neo4j.password, java, cp);
  console.log(`正在启动 Neo4j ${cfg.neo4j.version}（${l.home}）… (starting Neo4j)`);
  return { server: spawnServer(l, java, cp, conf), password, started: true };
}

async function ready(neo: Config['neo4j']): Promise<ServiceState> {
  const g = new Neo4jGraph(neo);
  try {
    await applySchema(g);
    return { name: 'Neo4j', running: true, managed: neo.local, uri: neo.uri, version: await version(g) };
  } finally {
    await g.close();
  }
}

/** This instance's running server, or a new one; under the instance lock so two `up` never start two. */
async function startOrAttach(cfg: Config, l: Layout): Promise<Starting> {
  const pid = runningPid(l);
  if (pid === undefined) return startLocal(cfg, l);
  if (fs.readFileSync(l.neo4j.confFile, 'utf8') !== renderInstanceConf(cfg, l)) {
    console.warn(
      '配置已更改，需 npx mingjing down 后再 up 才生效 (settings changed: run down, then up, to apply)',
    );
  }
  const password = cfg.neo4j.password || storedPassword(l);
  return { server: { pid, logOffset: 0 }, password, started: false };
}

export async function neo4jUp(cfg: Config): Promise<ServiceState> {
  if (!cfg.neo4j.local) {
    if (!(await boltReady(cfg.neo4j))) {
      throw new UnavailableError(
        'neo4j.unavailable',
        `无法连接 NEO4J_URI=${cfg.neo4j.uri}`,
        `cannot reach NEO4J_URI=${cfg.neo4j.uri}`,
      );
    }
    return ready(cfg.neo4j);
  }
  const l = layout(cfg.home);
  fs.mkdirSync(l.neo4j.run, { recursive: true });
  const lock = path.join(l.neo4j.run, 'up.lock');
  const { server, password, started } = await withLock(lock, () => startOrAttach(cfg, l));
  const neo = { ...cfg.neo4j, password };
  await waitReady(l, server, () => boltReady(neo), START_TIMEOUT_MS);
  return { ...(await ready(neo)), pid: server.pid, started };
}

export async function neo4jDown(cfg: Config): Promise<string> {
  if (!cfg.neo4j.local) return `Neo4j 由 NEO4J_URI 指定，不由 Mingjing 管理 (external, left running)`;
  const l = layout(cfg.home);
  return (await stopServer(l)) ? `Neo4j 已停止 (stopped)` : `Neo4j 未在运行 (was not running)`;
}

export async function neo4jStatus(cfg: Config): Promise<ServiceState> {
  const pid = cfg.neo4j.local ? runningPid(layout(cfg.home)) : undefined;
  const base: ServiceState = {
    name: 'Neo4j',
    running: false,
    managed: cfg.neo4j.local,
    uri: cfg.neo4j.uri,
    pid,
  };
  if (cfg.neo4j.local && pid === undefined) return base;
  try {
    if (!(await boltReady(cfg.neo4j))) return { ...base, note: pid ? '启动中 starting' : undefined };
    const g = new Neo4jGraph(cfg.neo4j);
    try {
      return { ...base, running: true, version: await version(g) };
    } finally {
      await g.close();
    }
  } catch (e) {
    return { ...base, note: e instanceof Error ? e.message : String(e) };
  }
}
