// Headless Debian Chromium with software WebGL (SwiftShader), and a tiny static file server on 127.0.0.1.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export function launch(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`需要 Chromium：apt-get install -y chromium (Chromium missing at ${CHROMIUM})`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serve folders under URL prefixes (`/` → viz/dist, `/peer/` → the peer page); resolves to its base URL. */
export function serveStatic(
  mounts: Record<string, string>,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const prefix = Object.keys(mounts)
      .sort((a, b) => b.length - a.length)
      .find((p) => url.pathname.startsWith(p));
    const root = prefix === undefined ? undefined : mounts[prefix];
    const rel = prefix === undefined ? '' : url.pathname.slice(prefix.length);
    const file = root && path.join(root, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
    if (!file || !file.startsWith(root) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

/** In-page code (a string: this file is compiled without DOM types) counting pixels unlike the commonest one. */
const INK = `async (b64) => {
  const img = new Image();
  img.src = 'data:image/png;base64,' + b64;
  await img.decode();
  const c = document.createElement('canvas');
  c.width = img.width;
  c.height = img.height;
  const ctx = c.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const d = ctx.getImageData(0, 0, c.width, c.height).data;
  const counts = new Map();
  for (let i = 0; i < d.length; i += 4) {
    const k = (d[i] << 16) | (d[i + 1] << 8) | d[i + 2];
    counts.set(k, (counts.get(k) || 0) + 1);
  }
  return 1 - Math.max(...counts.values()) / (d.length / 4);
}`;

/** Share of pixels in a PNG screenshot that differ from its most common colour (0: blank). */
export async function inkRatio(page: Page, png: Buffer): Promise<number> {
  return (await page.evaluate(`(${INK})(${JSON.stringify(png.toString('base64'))})`)) as number;
}
