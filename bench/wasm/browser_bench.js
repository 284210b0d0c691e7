// Headless Chromium benchmark of the engine in its Web Worker: time until the
// engine is ready (module compiled + instantiated in a worker), how much of
// that is compiling the .wasm (compileStreaming alone, in the page), and the
// median round trip (post a snippet -> result) for a plain, a small and a
// graph-building snippet. Served by the playground's own server (web/serve.mjs:
// application/wasm, gzip) on 127.0.0.1, from a directory holding only the
// engine, its build output and this benchmark; Debian's chromium through
// playwright-core (never downloads a browser); a fresh profile per launch.
//
//   node bench/wasm/browser_bench.js [--loads N] [--runs N]
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

import { serve as serveDir } from '../../web/serve.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = process.env.SCOPEPLAY_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SERVED = ['bench/wasm', 'web/src/engine', 'build/wasm/dist'];

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/** Serves SERVED (and nothing else of the repository); resolves to { url, close(), dir }. */
export async function serve() {
  const dir = mkdtempSync(join(tmpdir(), 'scopeplay-bench-root-'));
  for (const path of SERVED) {
    mkdirSync(join(dir, dirname(path)), { recursive: true });
    symlinkSync(join(ROOT, path), join(dir, path));
  }
  const server = await serveDir(dir);
  return {
    url: server.url,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function browserBench({ loads = 5, runs = 200 } = {}) {
  const server = await serve();
  const base = server.url.replace(/\/$/, '');
  const profile = mkdtempSync(join(tmpdir(), 'scopeplay-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const page = await context.newPage();
    const load = async (query) => {
      await page.goto(`${base}/bench/wasm/page.html?${query}`);
      await page.waitForFunction(() => window.__bench, null, { timeout: 120000 });
      const out = await page.evaluate(() => window.__bench);
      if (out.error) throw new Error(out.error);
      return out;
    };
    const readies = [];
    const compiles = [];
    let detail = null;
    for (let i = 0; i < loads; ++i) {
      const last = i === loads - 1;
      const out = await load(`runs=${last ? runs : 0}`);
      readies.push(out.readyMs);
      if (last) detail = out;
      compiles.push((await load('compileOnly=1')).compileMs);
    }
    return {
      readyFirstMs: readies[0],
      readyMedianMs: median(readies),
      compileMedianMs: median(compiles),
      plainRoundTripMs: detail.plain.medianMs,
      smallRoundTripMs: detail.small.medianMs,
      graphRoundTripMs: detail.graph.medianMs,
      graphError: detail.graph.error,
      graphStdout: detail.graph.stdout,
      timeout: detail.timeout,
      afterTimeout: detail.afterTimeout,
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await browserBench({ loads: arg('--loads', 5), runs: arg('--runs', 200) });
  console.log(JSON.stringify(result, null, 2));
}
