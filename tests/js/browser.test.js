// The engine in a real page: headless Chromium (Debian's, via playwright-core)
// loads bench/wasm/page.html from 127.0.0.1, which starts the engine in a
// dedicated Web Worker, runs snippets, and hits the wall-clock limit while
// the page keeps animating.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { browserBench } from '../../bench/wasm/browser_bench.js';

test('in Chromium: worker engine runs, times out without blocking the page, recovers', async () => {
  const r = await browserBench({ loads: 1, runs: 5 });
  assert.ok(r.readyFirstMs > 0);
  assert.equal(r.graphError, null);
  assert.equal(r.timeout.type, 'TimeoutError');
  assert.equal(r.timeout.message, 'the run took longer than 0.5 s and was stopped');
  assert.ok(r.timeout.frames >= 5, `only ${r.timeout.frames} animation frames while the worker spun`);
  assert.equal(r.afterTimeout, '42\n');
});
