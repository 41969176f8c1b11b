// The browser tests' world: a small generated world loaded and detected on the test Neo4j, the real API app
// serving the built UI on 127.0.0.1, and an investigator key.
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createApp } from '../../api/app';
import { JsonlAuditLog } from '../../api/audit/log';
import { FileKeyStore } from '../../api/auth/keys';
import { ROOT } from '../../core/config';
import { runDetection } from '../../detect';
import type { Neo4jGraph } from '../../graph/port';
import { ingestPaths } from '../../ingest';
import type { Truth } from '../../world/truth';
import { generateWorld } from '../../world/generate';
import { resetGraph, testGraph } from '../integration/helpers';

export const SEED = 11;
export const VIZ_DIST = path.join(ROOT, 'viz', 'dist');
export const OUT = path.join(ROOT, 'test-output', 'browser');

export interface World {
  url: string;
  key: string;
  truth: Truth;
  graph: Neo4jGraph;
  close(): Promise<void>;
}

export async function startWorld(): Promise<World> {
  if (!fs.existsSync(path.join(VIZ_DIST, 'index.html'))) {
    throw new Error('界面未构建：先运行 npm run build:viz (the UI is not built: run npm run build:viz)');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-browser-'));
  const graph = testGraph();
  await resetGraph(graph);
  await generateWorld({ scale: 'small', seed: SEED, outDir: path.join(dir, 'world'), formats: ['csv'] });
  await ingestPaths(graph, [path.join(dir, 'world')]);
  await runDetection(graph, { seed: SEED, trigger: 'browser-test' });
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'world', 'truth.json'), 'utf8')) as Truth;
  const keys = new FileKeyStore(path.join(dir, 'keys.json'), 0);
  const audit = new JsonlAuditLog(path.join(dir, 'audit.jsonl'));
  const { secret } = keys.create({ name: '界面测试', role: 'investigator' });
  const app = createApp({
    graph,
    keys,
    audit,
    options: { uploadDir: path.join(dir, 'uploads'), vizDist: VIZ_DIST },
    logger: pino({ level: 'silent' }),
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  fs.mkdirSync(OUT, { recursive: true });
  return {
    url: `http://127.0.0.1:${port}`,
    key: secret,
    truth,
    graph,
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      audit.close();
      await graph.close();
    },
  };
}

/** GET an API route with the key (the test finds ids the way the UI would). */
export async function apiGet<T>(w: World, route: string): Promise<T> {
  const res = await fetch(`${w.url}/api/v1${route}`, { headers: { Authorization: `Bearer ${w.key}` } });
  if (!res.ok) throw new Error(`${route}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
