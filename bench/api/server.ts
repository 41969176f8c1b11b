// The API as the benchmark drives it: the real app (createApp) with the production driver tuning, request
// logging at info level to stdout, a throw-away key store and audit log. Prints `ready <port> <key>`.
// Usage: npx tsx bench/api/server.ts <dir> [port]
import path from 'node:path';
import { createApp } from '../../api/app';
import { JsonlAuditLog } from '../../api/audit/log';
import { FileKeyStore } from '../../api/auth/keys';
import { API_DRIVER_TUNING } from '../../api/main';
import { config } from '../../core/config';
import { Neo4jGraph } from '../../graph/port';

const dir = process.argv[2];
const port = Number(process.argv[3] ?? 0);
const keys = new FileKeyStore(path.join(dir, 'keys.json'));
const { secret } = keys.create({ name: 'bench-service', role: 'service' });
const audit = new JsonlAuditLog(path.join(dir, 'audit.jsonl'));
const graph = new Neo4jGraph(config().neo4j, API_DRIVER_TUNING);
const app = createApp({
  graph,
  keys,
  audit,
  options: { rateLimit: { perRole: { admin: 1e9, investigator: 1e9, analyst: 1e9, service: 1e9 } } },
});
const server = app.listen(port, '127.0.0.1', () => {
  const addr = server.address() as { port: number };
  process.stderr.write(`ready ${addr.port} ${secret}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  void graph.close().then(() => {
    audit.close();
    process.exit(0);
  });
});
