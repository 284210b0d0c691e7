// Cold loads of the built playground (dist/), traced by Chromium itself (CDP
// Tracing), summarised: when the .wasm finished compiling, when the engine's
// worker was instantiated and ran the first snippet, how much of that first
// run was V8 compiling engine functions on their first call, and how much
// went to re-compiling hot ones with TurboFan meanwhile. Each figure is given
// as wall time and as thread CPU time: on a shared 2-core machine the wall
// times vary with whatever else runs, while the CPU times say how much work
// each part is, so they compare builds even when the wall times cannot.
//
//   npm run build:web && node bench/web/trace_cold_load.mjs [--loads N] [--settle MS] [--save FILE] [--categories a,b]
//
// With one load it prints that load's timeline; with more, the medians. As in
// first_output.mjs, the browser is left idle for --settle ms (default 1000)
// before the navigation; --categories adds trace categories (for instance
// disabled-by-default-v8.wasm.turbofan).
import { writeFileSync } from 'node:fs';
import { startBrowser, waitForRun } from '../../tests/e2e/browser.mjs';

const args = process.argv.slice(2);
const save = args.includes('--save') ? args[args.indexOf('--save') + 1] : null;
const loads = Number(args[args.indexOf('--loads') + 1]) || 1;
const settleMs = args.includes('--settle') ? Number(args[args.indexOf('--settle') + 1]) : 1000;
const extraCategories = args.includes('--categories') ? args[args.indexOf('--categories') + 1].split(',') : [];

async function traceOneLoad() {
  const b = await startBrowser({ warmServer: true });
  const events = [];
  let firstOutput = NaN;
  try {
    const page = await b.newPage();
    if (settleMs > 0) await page.waitForTimeout(settleMs);
    const cdp = await page.context().newCDPSession(page);
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const complete = new Promise((resolve) => cdp.on('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: [...extraCategories, 'devtools.timeline', 'v8', 'v8.wasm', 'v8.execute', 'loading', 'toplevel', 'blink'] },
      transferMode: 'ReportEvents',
    });
    await page.goto(b.url);
    await waitForRun(page, 0, 30000);
    firstOutput = await page.evaluate(() => performance.getEntriesByName('scopeplay:first-output')[0]?.startTime ?? NaN);
    await page.waitForTimeout(200);
    await cdp.send('Tracing.end');
    await complete;
  } finally {
    await b.close();
  }
  return { events, firstOutput };
}

/** The figures of one traced load (times in ms from its first request; wall and thread CPU). */
function summarise(events, firstOutput, print) {
  const threads = new Map();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  const thread = (e) => threads.get(`${e.pid}:${e.tid}`) ?? String(e.tid);
  const requests = events.filter((e) => e.name === 'ResourceSendRequest');
  const t0 = Math.min(...requests.map((e) => e.ts));
  const at = (ts) => (ts - t0) / 1000;
  const spans = (name) => events.filter((e) => e.name === name && e.ph === 'X');
  const wall = (es) => es.reduce((a, e) => a + (e.dur ?? 0), 0) / 1000;
  const cpu = (es) => es.reduce((a, e) => a + (e.tdur ?? 0), 0) / 1000;
  const f = {};
  for (const r of requests) {
    const url = r.args?.data?.url ?? '';
    if (/\.wasm$/.test(url)) f.wasmRequested ??= at(r.ts);
    if (print && /\.(wasm|mjs)$|Worker-/.test(url)) console.log(`request ${url.split('/').pop()} sent at ${at(r.ts).toFixed(0)} ms`);
  }
  const compiled = spans('wasm.FinishStreaming')[0];
  if (compiled) f.wasmCompiled = at(compiled.ts);
  const instantiated = spans('wasm.AsyncInstantiate')[0];
  if (instantiated) f.instantiated = at(instantiated.ts);
  const lazy = spans('wasm.CompileLazy');
  f.lazyFunctions = lazy.length;
  f.lazyWall = wall(lazy);
  f.lazyCpu = cpu(lazy);
  const run = spans('HandlePostMessage')
    .filter((e) => /Worker/.test(thread(e)))
    .reduce((a, e) => (!a || e.dur > a.dur ? e : a), null);
  if (run) {
    f.firstRunStart = at(run.ts);
    f.firstRunWall = run.dur / 1000;
    f.firstRunCpu = (run.tdur ?? 0) / 1000;
  }
  const top = spans('wasm.TopTierCompilation');
  f.turbofanTasks = top.length;
  f.turbofanWall = wall(top);
  f.turbofanCpu = cpu(top);
  f.firstOutput = firstOutput;
  // Who had the CPU while the first run waited for it: thread CPU of top-level tasks inside its span.
  const busy = new Map();
  if (run) {
    for (const e of events) {
      if (e.ph !== 'X' || !/^(ThreadControllerImpl::RunTask|ThreadPool_RunTask)$/.test(e.name)) continue;
      if (e.ts < run.ts || e.ts >= run.ts + run.dur) continue;
      const name = thread(e).replace(/\d+$/, '');
      busy.set(name, (busy.get(name) ?? 0) + (e.tdur ?? 0) / 1000);
    }
  }
  f.duringRunMainCpu = busy.get('CrRendererMain') ?? 0;
  f.duringRunPoolCpu = [...busy].filter(([n]) => /ThreadPool/.test(n)).reduce((a, [, v]) => a + v, 0);
  f.duringRunBrowserCpu = [...busy].filter(([n]) => /^(CrBrowserMain|Chrome_IOThread|VizCompositorThread|CrGpuMain)$/.test(n)).reduce((a, [, v]) => a + v, 0);
  if (print) {
    if (compiled) console.log(`.wasm compiled (streaming finished) at ${f.wasmCompiled.toFixed(0)} ms on ${thread(compiled)}`);
    if (instantiated) console.log(`engine instantiated at ${f.instantiated.toFixed(0)} ms on ${thread(instantiated)}`);
    console.log(`lazy compilation on first call: ${lazy.length} functions, ${f.lazyWall.toFixed(1)} ms (CPU ${f.lazyCpu.toFixed(1)} ms)`);
    if (run) console.log(`worker busy with the first run from ${f.firstRunStart.toFixed(0)} ms for ${f.firstRunWall.toFixed(1)} ms (CPU ${f.firstRunCpu.toFixed(1)} ms)`);
    console.log(`TurboFan re-compilation of hot functions: ${top.length} tasks, ${f.turbofanWall.toFixed(1)} ms (CPU ${f.turbofanCpu.toFixed(1)} ms)`);
    console.log(`during the first run, other threads' CPU: ${[...busy].sort((a, b) => b[1] - a[1]).map(([n, v]) => `${n} ${v.toFixed(1)}`).join(', ')} ms`);
    console.log(`first output (page mark, from navigation) at ${firstOutput.toFixed(0)} ms`);
  }
  return f;
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const all = [];
for (let i = 0; i < loads; i++) {
  const { events, firstOutput } = await traceOneLoad();
  if (save && i === 0) writeFileSync(save, JSON.stringify(events));
  all.push(summarise(events, firstOutput, loads === 1));
}
if (loads > 1) {
  console.log(`medians of ${loads} traced cold loads (ms; tracing slows every figure down):`);
  for (const key of Object.keys(all[0])) console.log(`  ${key.padEnd(16)} ${median(all.map((f) => f[key])).toFixed(1)}`);
}
