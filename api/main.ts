// `mingjing serve`: builds the dependencies from config, listens on the configured host/port, and on
// SIGINT/SIGTERM stops taking requests, lets running uploads finish (bounded), closes the driver and log.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { config } from '../core/config';
import { ConfigError } from '../core/errors';
import { log } from '../core/log';
import { Neo4jGraph, type DriverTuning } from '../graph/port';
import { createApp } from './app';
import { defaultAuditFile, JsonlAuditLog } from './audit/log';
import { defaultKeyFile, FileKeyStore } from './auth/keys';
import type { ApiOverrides } from './options';
import { QueueImports } from '../jobs/imports';
import { openJobQueue } from '../jobs/queue';

/** The API answers 503 within seconds while Neo4j is down instead of retrying for the default 10 s. */
export const API_DRIVER_TUNING: DriverTuning = {
  maxConnectionPoolSize: 100,
  maxTransactionRetryTime: 2_000,
  connectionAcquisitionTimeout: 5_000,
  connectionTimeout: 3_000,
};

export interface ServeOptions {
  host?: string;
  port?: number;
  options?: ApiOverrides;
  /** Longest wait for running imports on shutdown. */
  drainMs?: number;
}

export interface Running {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export async function serve(opts: ServeOptions = {}): Promise<Running> {
  const cfg = config();
  const graph = new Neo4jGraph(cfg.neo4j, API_DRIVER_TUNING);
  const audit = new JsonlAuditLog(defaultAuditFile(cfg.home));
  const keys = new FileKeyStore(defaultKeyFile(cfg.home));
  // Uploads and detection runs go to the queue; `npx mingjing worker` processes run them. Every start
  // upserts the nightly detection (never a second schedule).
  const jobs = openJobQueue();
  await jobs.registerNightly();
  const imports = new QueueImports(jobs);
  const app = createApp({ graph, keys, audit, imports, jobs, options: opts.options });
  const host = opts.host ?? cfg.http.host;
  const port = opts.port ?? cfg.http.port;
  const server = createServer(app);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (e) {
    await Promise.allSettled([graph.close(), jobs.close()]);
    audit.close();
    const code = (e as { code?: string }).code ?? String(e);
    throw new ConfigError(
      'api.listen',
      `无法在 ${host}:${port} 上监听（${code}），请换一个端口 (--port) 或停止占用它的进程`,
      `cannot listen on ${host}:${port} (${code}); choose another --port or stop the process using it`,
      { field: 'port' },
    );
  }
  server.keepAliveTimeout = 65_000;
  const addr = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${addr.port}`;
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await Promise.race([
        imports.drain(),
        new Promise((r) => setTimeout(r, opts.drainMs ?? 30_000).unref()),
      ]);
      await graph.close();
      await jobs.close();
      audit.close();
    })());
  return { server, url, close };
}

/** Runs until SIGINT/SIGTERM, then shuts down gracefully. */
export async function serveUntilSignal(opts: ServeOptions = {}): Promise<void> {
  const running = await serve(opts);
  log.info({ url: running.url }, 'api listening');
  console.log(`明镜 API 已启动：${running.url}/api/v1  文档 (docs)：${running.url}/api/docs`);
  await new Promise<void>((resolve) => {
    const stop = (sig: string) => {
      console.log(`收到 ${sig}，正在停止 (stopping)…`);
      running.close().then(resolve, resolve);
      setTimeout(() => process.exit(1), 40_000).unref();
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}
