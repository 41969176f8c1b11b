// Benchmark (not a test) of the workbench's network view in headless Chromium with software WebGL:
// time to interactive and frames per second while panning, for a 5,000-node / 20,000-edge graph, against
// a peer measured in the same run (the same graph in a minimal sigma page).
// Writes bench/out/ui.json. Usage: npm run build:viz && npx tsx bench/ui/run.ts [--n 5000] [--m 20000] [--pan 3000]
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { ROOT } from '../../core/config';
import { launch, serveStatic } from '../../test/browser/chromium';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const N = arg('n', 5000);
const M = arg('m', 20000);
const PAN_MS = arg('pan', 3000);
const RUNS = arg('runs', 3);
const OUT = path.join(ROOT, 'bench', 'out');

async function buildPeer(): Promise<string> {
  const outDir = path.join(OUT, 'ui-peer');
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const root = path.join(ROOT, 'bench', 'ui', 'peer');
  execFileSync(
    process.execPath,
    [vite, 'build', root, '--base', './', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );
  return outDir;
}

/** Milliseconds from navigation start to the page's `mj-interactive` mark. */
async function timeToInteractive(page: Page, url: string): Promise<{ tti: number; firstRender: number }> {
  await page.goto(url);
  await page.waitForFunction('window.__mingjing && window.__mingjing.ready === true', null, {
    timeout: 120_000,
  });
  return (await page.evaluate(`({
    tti: performance.getEntriesByName('mj-interactive')[0].startTime,
    firstRender: performance.getEntriesByName('mj-first-render')[0].startTime,
  })`)) as { tti: number; firstRender: number };
}

/** In-page code (a string: this file is compiled without DOM types): pan in a circle, count rendered frames. */
const PAN = `async (duration) => {
  const sigma = window.__mingjing.view.sigma;
  const cam = sigma.getCamera();
  let frames = 0;
  const count = () => frames++;
  sigma.on('afterRender', count);
  const t0 = performance.now();
  await new Promise((done) => {
    const step = () => {
      const t = performance.now() - t0;
      cam.setState({ x: 0.5 + 0.2 * Math.cos(t / 300), y: 0.5 + 0.2 * Math.sin(t / 300) });
      if (t < duration) requestAnimationFrame(step);
      else done();
    };
    requestAnimationFrame(step);
  });
  sigma.off('afterRender', count);
  return (frames * 1000) / (performance.now() - t0);
}`;

async function panFps(page: Page, ms: number): Promise<number> {
  return (await page.evaluate(`(${PAN})(${ms})`)) as number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const dist = path.join(ROOT, 'viz', 'dist');
  if (!fs.existsSync(path.join(dist, 'index.html')))
    throw new Error('先运行 npm run build:viz (build the UI first)');
  const server = await serveStatic({ '/': dist, '/peer/': await buildPeer() });
  const browser = await launch();
  const rows: Record<string, { tti: number; firstRender: number; fps: number }[]> = {
    ours: [],
    peer: [],
    oursLayoutRunning: [],
  };
  try {
    for (let r = 0; r < RUNS; r++) {
      for (const [name, url] of [
        ['peer', `${server.url}/peer/?n=${N}&m=${M}`],
        ['ours', `${server.url}/?demo#/bench?n=${N}&m=${M}&layout=0`],
        ['oursLayoutRunning', `${server.url}/?demo#/bench?n=${N}&m=${M}&layoutMs=60000`],
      ] as const) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
        const t = await timeToInteractive(page, url);
        rows[name].push({ ...t, fps: await panFps(page, PAN_MS) });
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const summary = Object.fromEntries(
    Object.entries(rows).map(([k, xs]) => [
      k,
      {
        ttiMs: median(xs.map((x) => x.tti)),
        firstRenderMs: median(xs.map((x) => x.firstRender)),
        panFps: median(xs.map((x) => x.fps)),
      },
    ]),
  );
  const result = {
    at: new Date().toISOString(),
    graph: { nodes: N, edges: M },
    runs: RUNS,
    summary,
    ratios: {
      ttiOursOverPeer: summary.ours.ttiMs / summary.peer.ttiMs,
      fpsOursOverPeer: summary.ours.panFps / summary.peer.panFps,
      fpsLayoutRunningOverPeer: summary.oursLayoutRunning.panFps / summary.peer.panFps,
    },
    raw: rows,
  };
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, 'ui.json'), JSON.stringify(result, null, 2));
  console.log(JSON.stringify({ graph: result.graph, summary, ratios: result.ratios }, null, 2));
}

void main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
