#!/usr/bin/env node
// The playground's load and edit latency in headless Chromium on localhost,
// against the built site (dist/; run `npm run build:web` first):
//   - navigation -> first output of the default snippet (before the editor loads)
//   - navigation -> Monaco ready (with its output already shown)
//   - the same two for a returning visitor (the page loaded again in one browser)
//   - bytes transferred (gzip) until the first output
//   - Ctrl+Enter -> updated output, and keystroke -> updated output (a key
//     after a pause runs at once; bursts are debounced by 150 ms), for every
//     gallery snippet: until the output's DOM is updated, and until the
//     frame showing it has been painted (a task after its animation frame,
//     so it includes waiting for that frame)
// Each load uses a fresh browser profile (cold cache) in a browser started for
// it, which is left idle for a second before the navigation: a visitor's
// browser is running already when they follow a link, and on two cores a
// browser's own start-up work (a few hundred ms of CPU) would otherwise share
// the cores with the page. The same loads without that pause are reported too
// ("navigating as the browser starts"). Usage:
//   node bench/web/first_output.mjs [--loads N] [--settle MS] [--json]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { REPO, startBrowser, waitForRun } from '../../tests/e2e/browser.mjs';

const args = process.argv.slice(2);
const loads = Number(args[args.indexOf('--loads') + 1]) || 5;
const asJson = args.includes('--json');
// How long a freshly started browser is left idle before the navigation.
const settleMs = args.includes('--settle') ? Number(args[args.indexOf('--settle') + 1]) : 1000;
const gallery = JSON.parse(readFileSync(join(REPO, 'web/gallery/gallery.json'), 'utf8')).entries;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const EDITOR_FILE = /\/assets\/(monaco|python|codicon|editor\.worker|editorWebWorker)[\w.-]*$/;
const mark = (page, name) =>
  page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN, name);

async function oneLoad(settle) {
  const b = await startBrowser({ warmServer: true });
  try {
    const page = await b.newPage();
    if (settle > 0) await page.waitForTimeout(settle);
    const finished = [];
    page.on('requestfinished', async (req) => {
      const sizes = await req.sizes().catch(() => null);
      if (sizes) finished.push({ url: req.url(), at: Date.now(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
    });
    await page.goto(b.url, { waitUntil: 'commit' });
    await waitForRun(page, 0, 20000);
    const firstOutputAt = Date.now();
    await page.waitForFunction(() => document.body.dataset.editor === 'monaco', null, { timeout: 30000 });
    await page.waitForTimeout(300);
    const first = await mark(page, 'scopeplay:first-output');
    // A task after the animation frame that showed the first output (then Monaco starts).
    const firstPainted = await mark(page, 'scopeplay:first-output-painted');
    const editor = await mark(page, 'scopeplay:editor-ready');
    const engine = await mark(page, 'scopeplay:engine-ready');
    const loaded = await mark(page, 'scopeplay:editor-loaded');
    // The editor's files are fetched from engine-ready on, during the first
    // run: transferred before the first output, but not needed for it.
    const beforeOutput = finished.filter((r) => r.at <= firstOutputAt);
    const needed = beforeOutput.filter((r) => !EDITOR_FILE.test(r.url));
    const sum = (rs) => rs.reduce((n, r) => n + r.bytes, 0);
    return {
      first, firstPainted, editor, engine, loaded,
      firstBytes: sum(needed),
      editorBytesBeforeOutput: sum(beforeOutput) - sum(needed),
      allBytes: sum(finished),
      requests: needed.map((r) => r.url.replace(b.url, '')),
    };
  } finally {
    await b.close();
  }
}

// A returning visitor: the same browser loads the page again (a new
// navigation each time, the HTTP and compiled-code caches kept).
async function revisits(count) {
  const b = await startBrowser({ warmServer: true });
  try {
    const page = await b.newPage();
    const out = [];
    for (let i = 0; i <= count; i++) {
      await page.goto(`${b.url}?visit=${i}`, { waitUntil: 'commit' });
      await waitForRun(page, 0, 20000);
      await page.waitForFunction(() => document.body.dataset.editor === 'monaco', null, { timeout: 30000 });
      // Give the browser time to store what it compiled, as between two visits.
      await page.waitForTimeout(1000);
      if (i > 0) out.push({ first: await mark(page, 'scopeplay:first-output'), editor: await mark(page, 'scopeplay:editor-ready') });
    }
    return out;
  } finally {
    await b.close();
  }
}

async function editLatency() {
  const b = await startBrowser();
  try {
    const page = await b.newPage();
    await page.goto(b.url);
    await waitForRun(page);
    await page.waitForFunction(() => document.body.dataset.editor === 'monaco', null, { timeout: 30000 });
    const rows = [];
    for (const entry of gallery) {
      let runs = await page.evaluate(() => Number(document.body.dataset.runs));
      await page.selectOption('#gallery', entry.id);
      runs = await waitForRun(page, runs);
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('ControlOrMeta+End');
      const run = [];
      const key = [];
      const painted = [];
      for (let i = 0; i < 5; i++) {
        // Ctrl+Enter: from the key press to the re-rendered output.
        let t0 = await page.evaluate(() => performance.now());
        await page.keyboard.press('ControlOrMeta+Enter');
        runs = await waitForRun(page, runs);
        run.push((await page.evaluate(() => window.scopeplay.lastRenderAt())) - t0);
        // A keystroke after a pause (a space, then its deletion): runs at once.
        await page.waitForTimeout(200);
        t0 = await page.evaluate(() => performance.now());
        await page.keyboard.press(i % 2 ? 'Backspace' : 'Space');
        runs = await waitForRun(page, runs);
        await page.waitForFunction(() => window.scopeplay.lastPaintAt() > window.scopeplay.lastRenderAt());
        const [rendered, paintedAt] = await page.evaluate(() => [window.scopeplay.lastRenderAt(), window.scopeplay.lastPaintAt()]);
        key.push(rendered - t0);
        painted.push(paintedAt - t0);
      }
      rows.push({ id: entry.id, runMs: median(run), keystrokeMs: median(key), keystrokePaintedMs: median(painted) });
    }
    return rows;
  } finally {
    await b.close();
  }
}

const loadBefore = loadavg()[0];
const results = [];
const atStart = [];
// Alternating, so that both sets see the same machine.
for (let i = 0; i < loads; i++) {
  results.push(await oneLoad(settleMs));
  if (settleMs > 0) atStart.push(await oneLoad(0));
}
const again = await revisits(loads);
const edits = await editLatency();
// A build without the breakdown's marks gives NaN there, not a number.
const stat = (xs) => (xs.every(Number.isFinite) ? { median: median(xs), max: Math.max(...xs) } : { median: NaN, max: NaN });
const summary = {
  loads,
  loadAverage: { before: loadBefore, after: loadavg()[0] },
  engineReadyMs: stat(results.map((r) => r.engine)),
  firstRunMs: stat(results.map((r) => r.first - r.engine)),
  editorLoadMs: stat(results.map((r) => r.loaded - r.first)),
  editorCreateMs: stat(results.map((r) => r.editor - r.loaded)),
  settleMs,
  firstOutputMs: { median: median(results.map((r) => r.first)), max: Math.max(...results.map((r) => r.first)) },
  firstOutputPaintedMs: stat(results.map((r) => r.firstPainted)),
  atBrowserStartFirstOutputMs: atStart.length ? stat(atStart.map((r) => r.first)) : null,
  atBrowserStartEngineReadyMs: atStart.length ? stat(atStart.map((r) => r.engine)) : null,
  editorReadyMs: { median: median(results.map((r) => r.editor)), max: Math.max(...results.map((r) => r.editor)) },
  revisitFirstOutputMs: { median: median(again.map((r) => r.first)), max: Math.max(...again.map((r) => r.first)) },
  revisitEditorReadyMs: { median: median(again.map((r) => r.editor)), max: Math.max(...again.map((r) => r.editor)) },
  firstOutputKB: median(results.map((r) => r.firstBytes)) / 1024,
  editorKBBeforeOutput: median(results.map((r) => r.editorBytesBeforeOutput)) / 1024,
  allKB: median(results.map((r) => r.allBytes)) / 1024,
  firstOutputRequests: results[0].requests,
  runToOutputMs: { median: median(edits.map((e) => e.runMs)), max: Math.max(...edits.map((e) => e.runMs)) },
  keystrokeToOutputMs: { median: median(edits.map((e) => e.keystrokeMs)), max: Math.max(...edits.map((e) => e.keystrokeMs)) },
  keystrokeToPaintedMs: { median: median(edits.map((e) => e.keystrokePaintedMs)), max: Math.max(...edits.map((e) => e.keystrokePaintedMs)) },
  perSnippet: edits,
};
if (asJson) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  const f = (x) => x.toFixed(1);
  console.log(`loads (fresh profile each, the browser idle ${settleMs} ms before navigating): ${loads}; load average ${summary.loadAverage.before.toFixed(1)} before, ${summary.loadAverage.after.toFixed(1)} after`);
  console.log(`navigation -> first output:   median ${f(summary.firstOutputMs.median)} ms, max ${f(summary.firstOutputMs.max)} ms   (target < 300 ms)`);
  console.log(`  engine ready ${f(summary.engineReadyMs.median)} ms, then the first run until its output ${f(summary.firstRunMs.median)} ms (medians)`);
  console.log(`  the frame showing it painted: median ${f(summary.firstOutputPaintedMs.median)} ms, max ${f(summary.firstOutputPaintedMs.max)} ms`);
  if (summary.atBrowserStartFirstOutputMs) {
    console.log(`  navigating as the browser starts (${atStart.length} loads, alternating with those above): first output median ${f(summary.atBrowserStartFirstOutputMs.median)} ms, max ${f(summary.atBrowserStartFirstOutputMs.max)} ms; engine ready ${f(summary.atBrowserStartEngineReadyMs.median)} ms`);
  }
  console.log(`navigation -> Monaco ready:   median ${f(summary.editorReadyMs.median)} ms, max ${f(summary.editorReadyMs.max)} ms   (target < 1000 ms)`);
  console.log(`  after the first output: Monaco's module evaluated ${f(summary.editorLoadMs.median)} ms, editor created ${f(summary.editorCreateMs.median)} ms (medians)`);
  console.log(`returning visitor (${again.length} reloads in one browser): first output median ${f(summary.revisitFirstOutputMs.median)} ms, max ${f(summary.revisitFirstOutputMs.max)} ms; Monaco ready median ${f(summary.revisitEditorReadyMs.median)} ms`);
  console.log(`transferred for the first output: ${f(summary.firstOutputKB)} KB (gzip)   (target < 600 KB); whole page with Monaco: ${f(summary.allKB)} KB`);
  console.log(`  (besides, the Monaco files already fetched by the first output, during the first run: ${f(summary.editorKBBeforeOutput)} KB)`);
  console.log(`  ${summary.firstOutputRequests.join(', ')}`);
  console.log(`Ctrl+Enter -> output (gallery): median ${f(summary.runToOutputMs.median)} ms, max ${f(summary.runToOutputMs.max)} ms   (target < 50 ms)`);
  console.log(`keystroke -> output (first key after a pause):  median ${f(summary.keystrokeToOutputMs.median)} ms, max ${f(summary.keystrokeToOutputMs.max)} ms   (target < 50 ms)`);
  console.log(`  ... until the frame showing it was painted: median ${f(summary.keystrokeToPaintedMs.median)} ms, max ${f(summary.keystrokeToPaintedMs.max)} ms`);
  for (const e of edits) console.log(`  ${e.id.padEnd(32)} run ${f(e.runMs)} ms   keystroke ${f(e.keystrokeMs)} ms   painted ${f(e.keystrokePaintedMs)} ms`);
}
