// Builds the API on the test Neo4j with a throw-away key store, audit log and upload folder, and one
// key per role; `as(role)` gives the headers for that role.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createApp } from '../../../api/app';
import { JsonlAuditLog } from '../../../api/audit/log';
import { FileKeyStore } from '../../../api/auth/keys';
import { ROLES, type Role } from '../../../api/auth/roles';
import type { ApiOverrides } from '../../../api/options';
import { inline } from '../../../graph/cypher';
import type { Neo4jGraph } from '../../../graph/port';
import { testGraph } from '../helpers';

export interface Harness {
  app: ReturnType<typeof createApp>;
  graph: Neo4jGraph;
  keys: FileKeyStore;
  audit: JsonlAuditLog;
  dir: string;
  secrets: Record<Role, string>;
  as(role: Role): Record<string, string>;
  close(): Promise<void>;
}

export function harness(options: ApiOverrides = {}, graph: Neo4jGraph = testGraph()): Harness {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mj-api-test-'));
  const keys = new FileKeyStore(path.join(dir, 'keys.json'), 0);
  const audit = new JsonlAuditLog(path.join(dir, 'audit.jsonl'));
  const secrets = Object.fromEntries(
    ROLES.map((r) => [r, keys.create({ name: `测试-${r}`, role: r }).secret]),
  ) as Record<Role, string>;
  const app = createApp({
    graph,
    keys,
    audit,
    options: { uploadDir: path.join(dir, 'uploads'), ...options },
    logger: pino({ level: 'silent' }),
  });
  return {
    app,
    graph,
    keys,
    audit,
    dir,
    secrets,
    as: (role) => ({ Authorization: `Bearer ${secrets[role]}` }),
    close: async () => {
      audit.close();
      await graph.close();
    },
  };
}

/** Runs fixture Cypher (tests build their graphs with plain statements). */
export async function fixture(
  g: Neo4jGraph,
  text: string,
  params: Record<string, unknown> = {},
): Promise<void> {
  await g.write(inline('fixture', text), params);
}

/** Audit entries recorded so far. */
export function auditEntries(h: Harness): Record<string, unknown>[] {
  return fs
    .readFileSync(h.audit.file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
