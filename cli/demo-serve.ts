// The demo's last step: an investigator key kept for the demo, a worker process beside the API server.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, type Config } from '../core/config';
import { defaultKeyFile, FileKeyStore } from '../api/auth/keys';
import { serve } from '../api/main';

/** The demo investigator's key: reused while it is valid, else created (file mode 600, shown on screen). */
export function demoKey(cfg: Config): string {
  const file = path.join(cfg.home, 'demo', 'api-key');
  const store = new FileKeyStore(defaultKeyFile(cfg.home));
  if (fs.existsSync(file)) {
    const secret = fs.readFileSync(file, 'utf8').trim();
    if (store.authenticate(secret)) return secret;
  }
  const { secret } = store.create({ name: 'demo-investigator', role: 'investigator' });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

function startWorker(): ChildProcess {
  const bin = path.join(ROOT, 'bin', 'mingjing.cjs');
  const child = spawn(process.execPath, [bin, 'worker'], { stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('exit', (code, sig) => {
    if (sig !== 'SIGTERM') console.error(`任务进程已退出 worker exited (${code ?? sig})`);
  });
  return child;
}

export async function startDemoServer(cfg: Config): Promise<void> {
  const key = demoKey(cfg);
  const worker = startWorker();
  const running = await serve();
  console.log(`\n明镜已就绪 Mingjing is ready:`);
  console.log(`  界面 UI:        ${running.url}/`);
  console.log(`  API 文档 docs:  ${running.url}/api/docs`);
  console.log(
    `  调查员密钥 investigator key (保存于 ${path.join(cfg.home, 'demo', 'api-key')}):\n    ${key}`,
  );
  console.log('  按 Ctrl+C 停止 (Ctrl+C to stop)');
  await new Promise<void>((resolve) => {
    const stop = () => {
      worker.kill('SIGTERM');
      running.close().then(resolve, resolve);
      setTimeout(() => process.exit(1), 40_000).unref();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
