// Shared set-up for the browser tests and the web benchmark: serves the built
// site (dist/) on 127.0.0.1 and drives Debian's Chromium through
// playwright-core, with a fresh, empty profile per run.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../web/serve.mjs';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
// SCOPEPLAY_DIST: another build of the site (e.g. `vite build --outDir ...`).
export const DIST = process.env.SCOPEPLAY_DIST ?? join(REPO, 'dist');
export const ARTIFACTS = join(REPO, 'test-results');
export const CHROMIUM = process.env.SCOPEPLAY_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts the static server and Chromium; returns { url, context, newPage(), screenshot(), close() }. */
export async function startBrowser({ viewport = { width: 1360, height: 860 }, warmServer = false, ...contextOptions } = {}) {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build:web` first');
  const server = await serve(DIST, { port: 0 });
  if (warmServer) {
    // Let the server compress every file once, as a static host serves precompressed files.
    for (const f of ['index.html', ...readdirSync(join(DIST, 'assets')).map((a) => 'assets/' + a)]) {
      await (await fetch(server.url + f, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer();
    }
  }
  const profile = mkdtempSync(join(tmpdir(), 'scopeplay-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport,
    ...contextOptions,
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    url: server.url,
    context,
    async newPage() {
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error('page error:', e.message));
      return page;
    },
    async screenshot(page, name) {
      await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
    },
    async close() {
      await context.close().catch(() => {});
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the page has shown `count` (default: one more than `after`) run results. */
export async function waitForRun(page, after = 0, timeout = 10000) {
  await page.waitForFunction((n) => Number(document.body.dataset.runs ?? 0) > n, after, { timeout });
  return Number(await page.evaluate(() => document.body.dataset.runs));
}

export async function runsSoFar(page) {
  return Number(await page.evaluate(() => document.body.dataset.runs ?? 0));
}

export const outputText = (page) => page.locator('#output').evaluate((el) => el.textContent);

/** Waits until the output shown is that of the editor's current text and TF version. */
export async function settled(page, timeout = 15000) {
  await page.waitForFunction(
    () => {
      const s = window.scopeplay.inspect();
      return s.shown !== null && s.shown.code === s.code && s.shown.tf === s.tf;
    },
    null,
    { timeout },
  );
}
