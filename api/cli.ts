// CLI: `mingjing serve [--port]`, `mingjing keys create|list|revoke`, `mingjing audit verify`.
import type { Command } from 'commander';
import { config } from '../core/config';
import { InputError } from '../core/errors';
import { defaultAuditFile, verifyAuditFile } from './audit/log';
import { defaultKeyFile, FileKeyStore } from './auth/keys';
import { ROLES } from './auth/roles';
import { serveUntilSignal } from './main';

function port(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 65535) {
    throw new InputError(
      'cli.port',
      `--port 应为 1–65535 的整数，收到 ${v}`,
      `--port must be an integer 1–65535, got ${v}`,
      {
        field: 'port',
      },
    );
  }
  return n;
}

function perMinute(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) {
    throw new InputError(
      'cli.rate_limit',
      `--rate-limit 应为正整数，收到 ${v}`,
      `--rate-limit must be a positive integer, got ${v}`,
      {
        field: 'rate-limit',
      },
    );
  }
  return n;
}

function registerKeys(program: Command): void {
  const keys = program.command('keys').description('API 密钥管理 (manage API keys)');
  const store = () => new FileKeyStore(defaultKeyFile(config().home));
  keys
    .command('create')
    .description('创建密钥；密钥只显示这一次 (create a key; the secret is shown once)')
    .requiredOption('--role <role>', `角色 (role): ${ROLES.join(' | ')}`)
    .requiredOption('--name <name>', '名称 (a name for the key)')
    .action((o: { role: string; name: string }) => {
      const { key, secret } = store().create(o);
      console.log(`已创建密钥 ${key.id}（${key.role}，${key.name}）。请立即保存，之后无法再次查看：`);
      console.log(secret);
    });
  keys
    .command('list')
    .description('列出密钥 (list keys)')
    .action(() => {
      for (const k of store().list()) {
        const state = k.revokedAt ? `已吊销 revoked ${k.revokedAt}` : '有效 active';
        console.log(`${k.id}\t${k.role}\t${k.name}\t${k.prefix}…\t${k.createdAt}\t${state}`);
      }
    });
  keys
    .command('revoke <id>')
    .description('吊销密钥 (revoke a key)')
    .action((id: string) => {
      const k = store().revoke(id);
      console.log(`已吊销 ${k.id}（${k.name}）(revoked)`);
    });
}

function registerAudit(program: Command): void {
  program
    .command('audit')
    .description('审计日志 (audit log)')
    .command('verify')
    .description('校验审计哈希链，指出第一条被改动或删除的记录 (verify the hash chain)')
    .option('--file <file>', '审计文件 (audit file)')
    .action((o: { file?: string }) => {
      const file = o.file ?? defaultAuditFile(config().home);
      const r = verifyAuditFile(file);
      if (r.ok) {
        console.log(`审计链完好：${r.entries} 条记录 (audit chain intact: ${r.entries} entries) ${file}`);
        return;
      }
      console.error(
        `审计链被破坏：${r.bad!.zh}\nAudit chain broken: ${r.bad!.reason}\n(${file}, 第 ${r.bad!.line} 行 line)`,
      );
      process.exitCode = 1;
    });
}

export function registerApiCommands(program: Command): void {
  program
    .command('serve')
    .description('启动 HTTP API (start the HTTP API)')
    .option('--port <port>', '端口，默认 MINGJING_PORT 或 8080 (port)', port)
    .option('--host <host>', '监听地址，默认 MINGJING_HOST 或 127.0.0.1 (host)')
    .option(
      '--rate-limit <n>',
      '每个密钥每分钟请求上限（所有角色）(requests per key per minute, all roles)',
      perMinute,
    )
    .action((o: { port?: number; host?: string; rateLimit?: number }) => {
      const n = o.rateLimit;
      const perRole = n ? { admin: n, investigator: n, analyst: n, service: n } : undefined;
      return serveUntilSignal({
        port: o.port,
        host: o.host,
        options: perRole ? { rateLimit: { perRole } } : undefined,
      });
    });
  registerKeys(program);
  registerAudit(program);
}
