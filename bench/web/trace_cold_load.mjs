// One cold load of the built playground (dist/), traced by Chromium itself
// (CDP Tracing), summarised: when the .wasm finished compiling, when the
// engine's worker was instantiated and ran the first snippet, how much of that
// first run was V8 compiling engine functions on their first call, and how
// much CPU went to re-compiling hot ones with TurboFan meanwhile.
//
//   npm run build:web && node bench/web/trace_cold_load.mjs [--save FILE]
import { writeFileSync } from 'node:fs';
import { startBrowser, waitForRun } from '../../tests/e2e/browser.mjs';

const args = process.argv.slice(2);
const save = args.includes('--save') ? args[args.indexOf('--save') + 1] : null;

const b = await startBrowser({ warmServer: true });
const events = [];
try {
  const page = await b.newPage();
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.on('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'v8.wasm', 'v8.execute', 'loading', 'toplevel', 'blink'] },
    transferMode: 'ReportEvents',
  });
  await page.goto(b.url);
  await waitForRun(page, 0, 30000);
  await page.waitForTimeout(200);
  await cdp.send('Tracing.end');
  await complete;
} finally {
  await b.close();
}
if (save) writeFileSync(save, JSON.stringify(events));

const threads = new Map();
for (const e of events) {
  if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
}
const thread = (e) => threads.get(`${e.pid}:${e.tid}`) ?? String(e.tid);
const requests = events.filter((e) => e.name === 'ResourceSendRequest');
const t0 = Math.min(...requests.map((e) => e.ts));
const ms = (ts) => ((ts - t0) / 1000).toFixed(0);
const spans = (name) => events.filter((e) => e.name === name && e.ph === 'X');
const sum = (es) => es.reduce((a, e) => a + (e.dur ?? 0), 0) / 1000;

for (const r of requests) {
  const url = r.args?.data?.url ?? '';
  if (/\.(wasm|mjs)$|worker-/.test(url)) console.log(`request ${url.split('/').pop()} sent at ${ms(r.ts)} ms`);
}
for (const e of spans('wasm.FinishStreaming')) console.log(`.wasm compiled (streaming finished) at ${ms(e.ts)} ms on ${thread(e)}`);
for (const e of spans('wasm.AsyncInstantiate')) console.log(`engine instantiated at ${ms(e.ts)} ms on ${thread(e)}`);
const lazy = spans('wasm.CompileLazy');
if (lazy.length) {
  const first = Math.min(...lazy.map((e) => e.ts));
  const last = Math.max(...lazy.map((e) => e.ts + e.dur));
  console.log(`lazy compilation on first call: ${lazy.length} functions, ${sum(lazy).toFixed(1)} ms, from ${ms(first)} to ${ms(last)} ms`);
}
const runs = spans('HandlePostMessage').filter((e) => /Worker/.test(thread(e)) && e.dur > 20000);
for (const e of runs) console.log(`worker busy with a message (the first run) from ${ms(e.ts)} ms for ${(e.dur / 1000).toFixed(1)} ms`);
const top = spans('wasm.TopTierCompilation');
console.log(`TurboFan re-compilation of hot functions: ${top.length} tasks, ${sum(top).toFixed(1)} ms of thread time` +
  (top.length ? `, from ${ms(Math.min(...top.map((e) => e.ts)))} ms` : ''));
const marks = events.filter((e) => /^scopeplay:/.test(e.name));
if (marks.length) console.log('marks:', marks.map((e) => `${e.name.slice(10)}@${ms(e.ts)}`).join(' '));
