// scopeplay's WebAssembly benchmarks (npm run bench:wasm). Prints:
//  - the size of scopeplay.wasm and scopeplay.mjs, raw and gzipped (target < 400 KB gzip), of
//    scopeplay.deferred.wasm (the engine's code the gallery does not run, read when a run first
//    calls into it or once a page is idle), of the whole module they were split from, and of
//    scopeplay-tf-builders.txt (the TF builders' Python, read the first time a snippet needs it);
//  - WASM vs native time per run of a graph-building snippet: bench/wasm/run_loop.cpp
//    built with em++ (run by Node) and with g++ (build/wasm-native), target within 2x;
//  - the JS API in-process in Node (run + JSON + UTF-16 columns), per run;
//  - headless Chromium: engine ready time (< 100 ms), of it the .wasm's compile,
//    and round trip median (< 5 ms).
// Builds what it needs (wasm preset, build/wasm-native) first. Figures only: no pass/fail.
// Prints the load average too: on a shared machine the times follow it.
//
//   node bench/wasm/run_all.js [--skip-browser] [--runs N]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { createEngine } from '../../web/src/engine/node.js';
import { browserBench } from './browser_bench.js';
import { GRAPH, SMALL } from './snippets.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'build/wasm/dist');
const NATIVE = join(ROOT, 'build/wasm-native');
const RUNS = (() => {
  const i = process.argv.indexOf('--runs');
  return i > 0 ? Number(process.argv[i + 1]) : 500;
})();

const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', ...opts });
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function build() {
  const env = { ...process.env, NODE_PATH: '/usr/share/nodejs' };
  sh('cmake', ['--preset', 'wasm'], { env });
  sh('cmake', ['--build', '--preset', 'wasm', '--target', 'scopeplay_wasm', 'scopeplay_run_loop'], { env });
  // The same engine natively, at the same optimisation level, for the ratio.
  sh('cmake', ['-S', '.', '-B', NATIVE, '-G', 'Ninja', '-DCMAKE_BUILD_TYPE=Release',
    '-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG', '-DSCOPEPLAY_BUILD_TESTS=OFF', '-DSCOPEPLAY_BUILD_BENCH=OFF']);
  sh('cmake', ['--build', NATIVE, '--target', 'scopeplay']);
  const libs = ['api', 'bridge', 'runtime', 'scope', 'syntax', 'text', 'source']
    .map((l) => join(NATIVE, 'core', `libscopeplay_${l}.a`));
  sh('g++', ['-std=c++20', '-O2', '-DNDEBUG', `-I${join(ROOT, 'core/include')}`, 'bench/wasm/run_loop.cpp',
    ...libs, '-o', join(NATIVE, 'run_loop')]);
}

function sizes() {
  const out = {};
  for (const f of ['scopeplay.wasm', 'scopeplay.mjs', 'scopeplay.deferred.wasm', '../split/scopeplay.whole.wasm',
    'scopeplay-tf-builders.txt']) {
    const bytes = readFileSync(join(DIST, f));
    out[f.replace('../split/', '')] = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  }
  return out;
}

// The .wasm's code and data sections, raw and gzipped on their own.
function wasmSections() {
  const bytes = readFileSync(join(DIST, 'scopeplay.wasm'));
  const leb = (at) => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[at++];
      value += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) return [value, at];
    }
  };
  const out = {};
  for (let at = 8; at < bytes.length;) {
    const id = bytes[at];
    const [size, body] = leb(at + 1);
    const name = { 10: 'code', 11: 'data' }[id];
    if (name) {
      const section = bytes.subarray(body, body + size);
      out[name] = { raw: size, gzip: gzipSync(section, { level: 9 }).length };
    }
    at = body + size;
  }
  return out;
}

const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

function engineOnly() {
  const dir = mkdtempSync(join(tmpdir(), 'scopeplay-bench-'));
  try {
    const file = join(dir, 'graph.py');
    writeFileSync(file, GRAPH);
    const wasm = JSON.parse(sh('node', [join(ROOT, 'build/wasm/bench/scopeplay_run_loop.js'), file, String(RUNS)]));
    const native = JSON.parse(sh(join(NATIVE, 'run_loop'), [file, String(RUNS)]));
    return { wasm, native, ratio: wasm.medianUs / native.medianUs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function jsApiInProcess() {
  const engine = await createEngine({ worker: false });
  const out = {};
  for (const [name, source] of [['plain', 'print(1 + 1)\n'], ['small', SMALL], ['graph', GRAPH]]) {
    for (let i = 0; i < 20; ++i) await engine.run(source);
    const times = [];
    for (let i = 0; i < RUNS; ++i) {
      const t0 = performance.now();
      await engine.run(source);
      times.push(performance.now() - t0);
    }
    out[name] = median(times);
  }
  engine.dispose();
  return out;
}

build();
const s = sizes();
console.log('== size');
for (const [f, v] of Object.entries(s)) console.log(`${f}: ${kb(v.raw)} raw, ${kb(v.gzip)} gzip`);
for (const [name, v] of Object.entries(wasmSections())) console.log(`  ${name}: ${kb(v.raw)} raw, ${kb(v.gzip)} gzip`);
console.log(`load average: ${load()}`);
console.log('== engine alone (run_loop, graph snippet)');
const e = engineOnly();
console.log(`native: median ${e.native.medianUs.toFixed(1)} us/run; wasm (Node): median ${e.wasm.medianUs.toFixed(1)} us/run; wasm/native ${e.ratio.toFixed(2)}x${e.native.error ? ' (the snippet ends with an error)' : ''}`);
console.log('== JS API in-process (Node): run + JSON + columns');
const j = await jsApiInProcess();
console.log(`print(1 + 1): ${j.plain.toFixed(3)} ms/run; small TF: ${j.small.toFixed(3)} ms/run; graph: ${j.graph.toFixed(3)} ms/run`);
if (!process.argv.includes('--skip-browser')) {
  console.log('== headless Chromium, engine in a Web Worker');
  const b = await browserBench({ loads: 5, runs: 200 });
  console.log(`ready: first load ${b.readyFirstMs.toFixed(1)} ms, median of 5 loads ${b.readyMedianMs.toFixed(1)} ms (of it compile alone: median ${b.compileMedianMs.toFixed(1)} ms)`);
  console.log(`round trip median: print(1 + 1) ${b.plainRoundTripMs.toFixed(2)} ms, small TF ${b.smallRoundTripMs.toFixed(2)} ms, graph ${b.graphRoundTripMs.toFixed(2)} ms`);
  console.log(`load average: ${load()}`);
  console.log(`timeout: ${b.timeout.type} after ${b.timeout.ms.toFixed(0)} ms (${b.timeout.frames} animation frames meanwhile); next run printed ${JSON.stringify(b.afterTimeout)}`);
}
