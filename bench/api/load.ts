// Load generators for the API benchmark: closed loops (autocannon), an even open-loop pace, the bench server.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import autocannon from 'autocannon';
import { ROOT } from '../../core/config';

export function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Open-loop load at an even `rate` per second (not bursts), for `seconds`; latency of each call. */
export async function paced(fire: () => Promise<boolean>, rate: number, seconds: number) {
  const lat: number[] = [];
  let errors = 0;
  const inflight = new Set<Promise<void>>();
  const t0 = performance.now();
  const total = Math.round(rate * seconds);
  for (let k = 0; k < total; k++) {
    const due = t0 + (k * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const start = performance.now();
    const p: Promise<void> = fire().then(
      (ok) => {
        if (!ok) errors++;
        lat.push(performance.now() - start);
      },
      () => void errors++,
    );
    inflight.add(p);
    void p.finally(() => inflight.delete(p));
  }
  await Promise.all(inflight);
  const elapsed = (performance.now() - t0) / 1000;
  lat.sort((a, b) => a - b);
  return {
    rps: lat.length / elapsed,
    p50: pct(lat, 50),
    p99: pct(lat, 99),
    mean: lat.reduce((x, y) => x + y, 0) / lat.length,
    errors,
  };
}

export function httpFire(port: number, key: string, bodies: string[]): () => Promise<boolean> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  let i = 0;
  return () =>
    new Promise((resolve, reject) => {
      const body = bodies[i++ % bodies.length];
      const req = http.request(
        { host: '127.0.0.1', port, path: '/api/v1/conflicts/check', method: 'POST', agent },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode === 200));
        },
      );
      req.on('error', reject);
      req.setHeader('content-type', 'application/json');
      req.setHeader('authorization', `Bearer ${key}`);
      req.end(body);
    });
}

export function startServer(dir: string): Promise<{ child: ChildProcess; port: number; key: string }> {
  const child = spawn(
    process.execPath,
    ['--require', 'tsx/cjs', path.join(ROOT, 'bench/api/server.ts'), dir],
    {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'info' },
      stdio: ['ignore', fs.openSync(path.join(dir, 'server.log'), 'w'), 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      const m = /ready (\d+) (\S+)/.exec(String(d));
      if (m) resolve({ child, port: Number(m[1]), key: m[2] });
    });
    child.once('exit', (c) => reject(new Error(`bench server exited ${c}`)));
  });
}

export function cannon(url: string, key: string, bodies: string[], seconds: number, connections: number) {
  let i = 0;
  return autocannon({
    url: `${url}/api/v1/conflicts/check`,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    requests: [{ setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length] }) }],
  });
}
