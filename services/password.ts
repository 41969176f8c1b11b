// The local Neo4j's password: generated once (file mode 600) and set with neo4j-admin before the first start.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { localPasswordFile } from '../core/config';
import { ConflictError, UnavailableError } from '../core/errors';
import type { Layout } from './layout';

/** True once Neo4j has created its system database (the initial password can no longer be set). */
export function initialised(l: Layout): boolean {
  return fs.existsSync(path.join(l.neo4j.data, 'databases', 'system'));
}

/** The stored password of this instance ('' if none yet): re-read because another `up` may just have written it. */
export function storedPassword(l: Layout): string {
  const file = localPasswordFile(l.home);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : '';
}

export function generatePassword(): string {
  return crypto.randomBytes(18).toString('base64url');
}

function writePassword(file: string, password: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, password + '\n', { mode: 0o600 });
  fs.chmodSync(file, 0o600);
}

function setInitialPassword(l: Layout, java: string, cp: string, password: string): void {
  const r = spawnSync(
    java,
    ['-cp', cp, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password],
    {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_HOME: l.neo4j.home, NEO4J_CONF: l.neo4j.confDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  if (r.status !== 0) {
    throw new UnavailableError(
      'neo4j.set-password',
      `设置 Neo4j 初始密码失败：${(r.stderr || r.stdout).trim().split('\n').slice(-5).join(' ')}`,
      'neo4j-admin dbms set-initial-password failed',
    );
  }
}

/**
 * The password for this instance. Before the first start it is generated (unless NEO4J_PASSWORD is given),
 * stored at localPasswordFile(home) and set as neo4j's initial password.
 */
export function ensurePassword(l: Layout, given: string, java: string, cp: string): string {
  const file = localPasswordFile(l.home);
  if (initialised(l)) {
    if (given) return given;
    throw new ConflictError(
      'neo4j.password-missing',
      `Neo4j 数据已存在但找不到密码文件 ${file}：请设置 NEO4J_PASSWORD，或 npx mingjing down 后删除 ${l.neo4j.data} 重建`,
      `Neo4j data exists but ${file} is missing: set NEO4J_PASSWORD, or run \`npx mingjing down\` and delete ${l.neo4j.data}`,
      { file },
    );
  }
  const password = given || generatePassword();
  if (!given) writePassword(file, password);
  setInitialPassword(l, java, cp, password);
  return password;
}
