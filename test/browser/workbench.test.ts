// The investigator's workbench end to end: the built UI in headless Chromium against the real API with a
// generated world loaded and detected — search, entity card, network expansion, a planted ring with its
// evidence, its alert confirmed out of the inbox, a conflict-of-interest path, exports; screenshots checked.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { inkRatio, launch } from './chromium';
import { apiGet, OUT, startWorld, type World } from './world';

jest.setTimeout(120_000);

let w: World;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  w = await startWorld();
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1400, height: 860 }, acceptDownloads: true });
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await w?.close();
});

/** Screenshot of a view under test-output/browser, and the share of non-background pixels of the canvas. */
async function shoot(name: string, selector = '[data-testid=net-canvas]'): Promise<number> {
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
  return inkRatio(page, await page.locator(selector).first().screenshot());
}

/** What the page exposes on `window.__mingjing` (see viz/src/app.ts); read with functions, the CSP forbids eval. */
interface PageProbe {
  __mingjing?: {
    ready: boolean;
    view: {
      graph: {
        order: number;
        nodes(): string[];
        degree(n: string): number;
        getNodeAttributes(n: string): { x: number; y: number };
      };
      sigma: {
        graphToViewport(p: { x: number; y: number }): { x: number; y: number };
      };
    };
  };
}

const waitReady = () =>
  page.waitForFunction(() => (globalThis as unknown as PageProbe).__mingjing?.ready === true);
const order = () =>
  page.evaluate(() => (globalThis as unknown as PageProbe).__mingjing?.view.graph.order ?? 0);
const go = async (hash: string) => {
  await page.evaluate(() => {
    const p = (globalThis as unknown as PageProbe).__mingjing;
    if (p) p.ready = false;
  });
  await page.goto(`${w.url}/${hash}`);
};

/** Where a node is drawn, in canvas pixels. */
const nodeAt = (n: string) =>
  page.evaluate((id) => {
    const v = (globalThis as unknown as PageProbe).__mingjing?.view;
    return v ? v.sigma.graphToViewport(v.graph.getNodeAttributes(id)) : { x: 0, y: 0 };
  }, n);

interface RingItem {
  id: string;
  members: { uscc: string; name: string }[];
}

/** The detected ring that shares the most members with the first planted ring. */
async function plantedRing(): Promise<RingItem> {
  const { items } = await apiGet<{ items: RingItem[] }>(w, '/rings?limit=200');
  const planted = new Set(w.truth.rings[0].members);
  const overlap = (r: RingItem) => r.members.filter((m) => planted.has(m.uscc)).length;
  const best = [...items].sort((a, b) => overlap(b) - overlap(a))[0];
  expect(overlap(best)).toBeGreaterThanOrEqual(2);
  return best;
}

test('signs in with a pasted key, finds a company by name and opens its entity card', async () => {
  const ring = await plantedRing();
  await page.goto(w.url);
  await page.fill('[data-testid=api-key]', w.key);
  await page.click('[data-testid=login]');
  await page.fill('[data-testid=search-input]', ring.members[0].name);
  await page.click('[data-testid=search-submit]');
  await page.click(`[data-testid=search-results] a:has-text("${ring.members[0].name}")`);
  await page.locator('[data-testid=entity-card]', { hasText: ring.members[0].uscc }).waitFor();
  await page.screenshot({ path: path.join(OUT, 'entity-card.png') });
});

test('opens the company in the network and a double-click expands a neighbour', async () => {
  await page.click('[data-testid=open-network]');
  await waitReady();
  const before = await order();
  expect(before).toBeGreaterThan(1);
  // Double-click a leaf neighbour where sigma draws it: its own neighbours join the view.
  const leaf = await page.evaluate(() => {
    const v = (globalThis as unknown as PageProbe).__mingjing?.view;
    const leaves = v?.graph.nodes().filter((id) => !id.startsWith('More:') && v.graph.degree(id) === 1) ?? [];
    return leaves.find((id) => id.startsWith('Bid:')) ?? leaves[0]; // a bid always leads on to its tender
  });
  expect(leaf).toBeDefined();
  await page.waitForTimeout(4500); // let the layout settle before aiming
  const box = await page.locator('[data-testid=net-canvas]').boundingBox();
  const at = await nodeAt(leaf as string);
  await page.mouse.dblclick((box?.x ?? 0) + at.x, (box?.y ?? 0) + at.y);
  await page.locator('[data-testid=selection]', { hasText: '' }).first().waitFor();
  await page.waitForFunction(
    (n) => ((globalThis as unknown as PageProbe).__mingjing?.view.graph.order ?? 0) > n,
    before,
  );
  expect(await shoot('network')).toBeGreaterThan(0.01);
});

test('exports the network view as PNG, CSV and GEXF files', async () => {
  const save = async (testid: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click(`[data-testid=${testid}]`),
    ]);
    const file = path.join(OUT, download.suggestedFilename());
    await download.saveAs(file);
    return fs.readFileSync(file);
  };
  const png = await save('export-png');
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.length).toBeGreaterThan(5000);
  const csv = await save('export-csv');
  expect(csv.toString('utf8')).toMatch(/^\uFEFFid,label,类型,key,name/);
  const gexf = (await save('export-gexf')).toString('utf8');
  expect(gexf).toContain('<gexf');
  expect((gexf.match(/<node /g) ?? []).length).toBeGreaterThan(2);
});

test('shows a planted ring with its members, evidence in Chinese and the bid chart', async () => {
  const ring = await plantedRing();
  await go(`#/ring/${encodeURIComponent(ring.id)}`);
  await waitReady();
  await page.locator('[data-testid=ring-members]', { hasText: ring.members[0].name }).waitFor();
  const evidence = await page.locator('[data-testid=evidence] li').allTextContents();
  expect(evidence.length).toBeGreaterThan(0);
  expect(evidence.join('')).toMatch(/[\u4e00-\u9fff]/);
  expect(await page.locator('[data-testid=bid-chart] circle').count()).toBeGreaterThan(3);
  await page.waitForTimeout(2000);
  expect(await shoot('ring')).toBeGreaterThan(0.01);
});

test("confirming the ring's alert takes it out of the inbox", async () => {
  const ring = await plantedRing();
  await go(`#/alerts?open=${encodeURIComponent(ring.id)}`);
  const row = page.locator(`[data-testid=alert-list] tr[data-alert="${ring.id}"]`);
  await row.waitFor();
  await page.click('[data-testid=alert-detail] [data-action=confirm]');
  await page.locator('[data-testid=alert-status]', { hasText: '已确认' }).waitFor();
  await row.waitFor({ state: 'detached' });
  await page.screenshot({ path: path.join(OUT, 'alerts.png') });
});

test('a conflict check between a planted official and company draws the connecting path', async () => {
  const it = w.truth.interestTransfer[0];
  await go(`#/conflict?a=${encodeURIComponent(it.official)}&b=${encodeURIComponent(it.company)}`);
  await waitReady();
  const hops = await page.locator('[data-testid=path-list] ol.hops li').allTextContents();
  expect(hops.length).toBeGreaterThanOrEqual(2);
  expect(hops.join(' ')).toMatch(/亲属|配偶|持股|任职/);
  await page.waitForTimeout(500);
  expect(await shoot('conflict')).toBeGreaterThan(0.005);
});

test('the dashboard counts alerts by rule and level', async () => {
  await go('#/dashboard');
  await page.locator('[data-testid=dashboard] ul.bars li').first().waitFor();
  await page.locator('[data-testid=trend]').waitFor();
  await page.screenshot({ path: path.join(OUT, 'dashboard.png') });
});
