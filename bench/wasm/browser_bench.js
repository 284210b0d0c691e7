// Headless Chromium benchmark of the engine in its Web Worker: time until the
// engine is ready (module compiled + instantiated in a worker), and the median
// round trip (post a snippet -> result) for a small and a graph-building
// snippet. Serves the repository on 127.0.0.1 only; Debian's chromium through
// playwright-core (never downloads a browser); a fresh profile per launch.
//
//   node bench/wasm/browser_bench.js [--loads N] [--runs N]
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = process.env.SCOPEPLAY_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm' };
const ALLOWED = ['bench/wasm/', 'web/src/engine/', 'build/wasm/dist/'];

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

export function serve() {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^[/\\]+/, '');
    const file = join(ROOT, path);
    if (!ALLOWED.some((p) => path.startsWith(p)) || !file.startsWith(ROOT) || path.includes(`..${sep}`)) {
      res.writeHead(404).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function browserBench({ loads = 5, runs = 200 } = {}) {
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const profile = mkdtempSync(join(tmpdir(), 'scopeplay-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const page = await context.newPage();
    const readies = [];
    let detail = null;
    for (let i = 0; i < loads; ++i) {
      const last = i === loads - 1;
      await page.goto(`${base}/bench/wasm/page.html?runs=${last ? runs : 0}`);
      await page.waitForFunction(() => window.__bench, null, { timeout: 120000 });
      const out = await page.evaluate(() => window.__bench);
      if (out.error) throw new Error(out.error);
      readies.push(out.readyMs);
      if (last) detail = out;
    }
    return {
      readyFirstMs: readies[0],
      readyMedianMs: median(readies),
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
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await browserBench({ loads: arg('--loads', 5), runs: arg('--runs', 200) });
  console.log(JSON.stringify(result, null, 2));
}
