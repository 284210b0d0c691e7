// The worker host (web/src/engine/host.js) against a scripted worker: the
// order of messages, when a run's wall-clock limit starts, failures before
// the engine is ready, and the retries after a JavaScript stack overflow
// (engine_core.js). No WebAssembly here: engine.test.js runs the real one.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { recover, runRecovering } from '../../web/src/engine/engine_core.js';
import { createWorkerEngine } from '../../web/src/engine/host.js';
import { serve } from '../../web/src/engine/worker_core.js';

/** A data: URL for an ES module whose source is `code` (Emscripten module factory stand-ins). */
const moduleUrlOf = (code) => `data:text/javascript,${encodeURIComponent(code)}`;

/** A worker port whose other side is `behave(message, reply)`; every message is logged. */
function scripted(behave) {
  const log = [];
  const spawned = [];
  const spawn = () => {
    const handlers = [];
    const errorHandlers = [];
    const port = {
      post: (message) => {
        log.push(message.type);
        setTimeout(() => behave(message, (reply) => handlers.forEach((h) => h(reply)), (e) => errorHandlers.forEach((h) => h(e))), 0);
      },
      onMessage: (h) => handlers.push(h),
      onError: (h) => errorHandlers.push(h),
      terminate: () => log.push('terminate'),
    };
    spawned.push(port);
    return port;
  };
  return { log, spawned, spawn };
}

const result = (stdout) => ({ stdout, stderr: '', error: null, variables: [], ops: [], scopes: [], events: [] });

test('the first run is posted before the engine is ready, right after init', async () => {
  // Like worker_core.js: a run that arrives first is answered once the engine is ready.
  let readyAt = 0;
  const held = [];
  const w = scripted((message, reply) => {
    const answer = (m) => reply({ type: 'result', id: m.id, result: result('ok\n') });
    if (message.type === 'init') {
      setTimeout(() => {
        readyAt = Date.now();
        reply({ type: 'ready' });
        held.splice(0).forEach(answer);
      }, 50);
    }
    if (message.type === 'run') (readyAt ? answer(message) : held.push(message));
  });
  let releaseWasm;
  const wasm = new Promise((resolve) => { releaseWasm = resolve; });
  const engine = createWorkerEngine({ spawn: w.spawn, init: async () => ({ moduleUrl: 'm', wasm: await wasm }), moduleUrl: 'm' });
  const run = engine.run('print(1)');
  await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(w.log, ['load', 'run'], 'the run waits in the worker, not in the host');
  releaseWasm('compiled');
  const r = await run;
  assert.equal(r.stdout, 'ok\n');
  assert.deepEqual(w.log, ['load', 'run', 'init']);
  assert.ok(readyAt > 0);
  engine.dispose();
});

test("a run's wall-clock limit counts from 'ready', not from when it was posted", async () => {
  const w = scripted((message, reply) => {
    if (message.type === 'init') setTimeout(() => reply({ type: 'ready' }), 150);
    if (message.type === 'run') setTimeout(() => reply({ type: 'result', id: message.id, result: result('done\n') }), 175);
  });
  const engine = createWorkerEngine({ spawn: w.spawn, init: async () => ({ moduleUrl: 'm', wasm: 'w' }), timeoutMs: 100 });
  const slow = await engine.run('x');
  // Posted at 0, ready at 150, answered at ~175 after the post: within 100 ms of ready.
  assert.equal(slow.error, null);
  assert.equal(slow.stdout, 'done\n');
  engine.dispose();
});

test('a worker that fails before it is ready fails the queued runs with a clear error', async () => {
  const w = scripted((message, reply, fail) => {
    if (message.type === 'load') fail(new Error('worker script not found'));
  });
  const engine = createWorkerEngine({ spawn: w.spawn, init: async () => ({ moduleUrl: 'm', wasm: 'w' }), moduleUrl: 'm' });
  await assert.rejects(engine.run('print(1)'), /the scopeplay worker failed: worker script not found/);
  await assert.rejects(engine.ready, /worker failed/);
  assert.equal(w.spawned.length, 1, 'no restart loop');
});

test('worker_core holds a run that arrives before init until its engine is instantiated', async () => {
  const out = [];
  let deliver;
  serve({ post: (m) => out.push(m), onMessage: (h) => { deliver = h; } });
  // An Emscripten module factory stand-in: runJson echoes its source.
  const factory = `export default async () => ({ releaseRun: () => {}, runJson: (s) => JSON.stringify({ stdout: 'ran ' + s + '\\n',
    stderr: '', error: null, variables: [], ops: [], scopes: [], events: [] }) });`;
  const moduleUrl = moduleUrlOf(factory);
  deliver({ type: 'run', id: 1, source: 'a', options: {} });
  deliver({ type: 'run', id: 2, source: 'b', options: {} });
  await new Promise((r) => setTimeout(r, 20));
  assert.deepEqual(out, [], 'nothing is answered before init');
  deliver({ type: 'init', moduleUrl, wasm: new Uint8Array(0) });
  for (let i = 0; i < 100 && out.length < 3; i++) await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(out.map((m) => m.type), ['ready', 'result', 'result']);
  assert.deepEqual(out.slice(1).map((m) => [m.id, m.result.stdout]), [[1, 'ran a\n'], [2, 'ran b\n']]);
});

test('worker_core posts a result before it frees the run that made it', async () => {
  const events = [];
  let deliver;
  serve({ post: (m) => events.push(m.type === 'result' ? `result ${m.id}` : m.type), onMessage: (h) => { deliver = h; } });
  globalThis.__scopeplayEvents = events;
  // The core keeps a run's objects (RunOptions::defer_teardown) until releaseRun().
  const factory = `export default async () => ({
    releaseRun: () => globalThis.__scopeplayEvents.push('release'),
    runJson: (s) => { globalThis.__scopeplayEvents.push('run ' + s);
      return JSON.stringify({ stdout: s, stderr: '', error: null, variables: [], ops: [], scopes: [], events: [] }); } });`;
  deliver({ type: 'init', moduleUrl: moduleUrlOf(factory), wasm: new Uint8Array(0) });
  deliver({ type: 'run', id: 1, source: 'a', options: {} });
  deliver({ type: 'run', id: 2, source: 'b', options: {} });
  for (let i = 0; i < 100 && events.filter((e) => e === 'release').length < 2; i++) await new Promise((r) => setTimeout(r, 10));
  const seq = events.filter((e) => e !== 'ready');
  // Each result goes out first; its run is freed after that, before the next run.
  assert.deepEqual(seq.filter((e) => e !== 'release'), ['run a', 'result 1', 'run b', 'result 2']);
  assert.equal(seq.indexOf('release', seq.indexOf('result 1')) < seq.indexOf('run b'), true, seq.join(', '));
  assert.equal(seq.indexOf('release', seq.indexOf('result 1')) > seq.indexOf('result 1'), true, seq.join(', '));
  assert.equal(seq.at(-1), 'release', seq.join(', '));
  delete globalThis.__scopeplayEvents;
});

// A module stand-in whose JavaScript stack runs out beyond `fits` Python calls.
function overflowingModule(fits, seen) {
  return {
    releaseRun: () => {},
    runJson: (source, filename, tf, maxSteps, maxOutputBytes, maxCallDepth) => {
      seen.push(maxCallDepth);
      if (maxCallDepth > fits) throw new RangeError('Maximum call stack size exceeded');
      return JSON.stringify({ stdout: `limit ${maxCallDepth}\n`, stderr: '', error: null, variables: [], ops: [], scopes: [], events: [] });
    },
  };
}

test('a run whose JavaScript stack runs out is retried on a fresh instance with the recursion limit halved', async () => {
  const seen = [];
  let reloads = 0;
  const instance = { module: overflowingModule(300, seen), broken: false,
    reload: async () => { reloads++; return overflowingModule(300, seen); } };
  const result = await runRecovering(instance, 'f()', {});
  assert.deepEqual(seen, [1000, 500, 250]);
  assert.equal(result.stdout, 'limit 250\n');
  assert.equal(reloads, 2, 'one fresh instance per overflow');
  assert.equal(instance.broken, false);
  // An explicit limit is where the halving starts.
  seen.length = 0;
  await runRecovering(instance, 'f()', { maxCallDepth: 280 });
  assert.deepEqual(seen, [280]);
});

test('a run that overflows even at the lowest limit reports a RecursionError and leaves the instance to recover', async () => {
  const seen = [];
  let reloads = 0;
  const instance = { module: overflowingModule(10, seen), broken: false,
    reload: async () => { reloads++; return overflowingModule(10, seen); } };
  const result = await runRecovering(instance, 'f()', {});
  assert.deepEqual(seen, [1000, 500, 250, 125, 100]);
  assert.equal(result.error.type, 'RecursionError');
  assert.equal(result.error.message, 'maximum recursion depth exceeded');
  assert.equal(instance.broken, true, 'the result goes out before the fresh instance is made');
  await recover(instance);
  assert.equal(instance.broken, false);
  assert.equal(reloads, 5);
});

test("worker_core answers every 'init' (a page's boot script sends the first, the host another)", async () => {
  const out = [];
  let deliver;
  let instantiated = 0;
  serve({ post: (m) => out.push(m), onMessage: (h) => { deliver = h; } });
  globalThis.__scopeplayInstantiated = () => instantiated++;
  const factory = `export default async () => { globalThis.__scopeplayInstantiated(); return { releaseRun: () => {}, runJson: (s) => JSON.stringify({ stdout: s,
    stderr: '', error: null, variables: [], ops: [], scopes: [], events: [] }) }; };`;
  const moduleUrl = moduleUrlOf(factory);
  deliver({ type: 'init', moduleUrl, wasm: new Uint8Array(0) });  // the boot script's: nobody listens yet
  deliver({ type: 'run', id: 1, source: 'a', options: {} });
  deliver({ type: 'init', moduleUrl, wasm: new Uint8Array(0) });  // the host's
  for (let i = 0; i < 100 && out.length < 3; i++) await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(out.map((m) => m.type).sort(), ['ready', 'ready', 'result']);
  assert.equal(instantiated, 1, 'one engine instance');
  delete globalThis.__scopeplayInstantiated;
});

test('worker_core answers a run with an InternalError when its engine cannot be re-made, and goes on', async () => {
  const out = [];
  let deliver;
  serve({ post: (m) => out.push(m), onMessage: (h) => { deliver = h; } });
  // The first instance overflows the JavaScript stack; making another one fails once.
  globalThis.__scopeplayMade = 0;
  const factory = `export default async () => {
    const n = ++globalThis.__scopeplayMade;
    if (n === 2) throw new Error('out of memory');
    return { releaseRun: () => {}, runJson: (s) => { if (n === 1) throw new RangeError('Maximum call stack size exceeded');
      return JSON.stringify({ stdout: s, stderr: '', error: null, variables: [], ops: [], scopes: [], events: [] }); } };
  };`;
  const moduleUrl = moduleUrlOf(factory);
  deliver({ type: 'init', moduleUrl, wasm: new Uint8Array(0) });
  deliver({ type: 'run', id: 1, source: 'deep', options: {} });
  deliver({ type: 'run', id: 2, source: 'next', options: {} });
  for (let i = 0; i < 100 && out.length < 3; i++) await new Promise((r) => setTimeout(r, 10));
  const results = out.filter((m) => m.type === 'result');
  assert.equal(results.length, 2, JSON.stringify(out));
  assert.equal(results[0].id, 1);
  assert.equal(results[0].result.error.type, 'InternalError');
  assert.match(results[0].result.error.message, /out of memory/);
  assert.equal(results[1].id, 2);
  assert.equal(results[1].result.stdout, 'next');
  delete globalThis.__scopeplayMade;
});

// A module stand-in without the TF builders: a run of 'layers' needs them
// until `provide` got `good`.
function buildersModule(calls, good = 'BUNDLE') {
  let provided = false;
  const result = (fields) => JSON.stringify({ stdout: '', stderr: '', error: null, variables: [], ops: [], scopes: [], events: [], ...fields });
  return {
    releaseRun: () => {},
    runJson: (source) => {
      calls.push(`run ${source}`);
      if (source === 'layers' && !provided) {
        return result({ needs: 'tf-builders', error: { type: 'ImportError', message: 'not provided', line: 1, column: 1,
          endLine: 1, endColumn: 1, traceback: [], formatted: 'ImportError: not provided\n', limit: true } });
      }
      return result({ stdout: `ran ${source}\n` });
    },
    provide: (resource, text) => {
      calls.push(`provide ${resource} ${text}`);
      provided = provided || (resource === 'tf-builders' && text === good);
      return provided;
    },
  };
}

test('a run that needs the TF builders gets them read once, provided, and runs again', async () => {
  const calls = [];
  let reads = 0;
  const instance = { module: buildersModule(calls), broken: false, reload: async () => null,
    loadBuilders: async () => { reads++; return 'BUNDLE'; }, builders: null };
  assert.equal((await runRecovering(instance, 'plain', {})).stdout, 'ran plain\n');
  assert.equal(reads, 0, 'a run that does not need them reads nothing');
  const result = await runRecovering(instance, 'layers', {});
  assert.equal(result.stdout, 'ran layers\n');
  assert.equal(result.needs, undefined);
  assert.equal((await runRecovering(instance, 'layers', {})).stdout, 'ran layers\n');
  assert.equal(reads, 1);
  assert.deepEqual(calls, ['run plain', 'run layers', 'provide tf-builders BUNDLE', 'run layers', 'run layers']);
});

test('a bundle that cannot be read, or is refused, leaves the ImportError; a failed read is tried again', async () => {
  const calls = [];
  let reads = 0;
  const texts = [Promise.reject(new Error('offline')), Promise.resolve('OTHER')];
  const instance = { module: buildersModule(calls), broken: false, reload: async () => null,
    loadBuilders: () => texts[reads++], builders: null };
  const first = await runRecovering(instance, 'layers', {});
  assert.equal(first.needs, 'tf-builders');
  assert.equal(first.error.type, 'ImportError');
  const second = await runRecovering(instance, 'layers', {});
  assert.equal(second.needs, 'tf-builders', 'a refused bundle: no second run');
  assert.equal(reads, 2);
  assert.deepEqual(calls, ['run layers', 'run layers', 'provide tf-builders OTHER']);
});

test('a worker reads the deferred code and the TF builders a second after its first run, not before', async () => {
  const out = [];
  const reads = [];
  let deliver;
  globalThis.__scopeplayCalls = [];
  const emptyModule = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
  serve({ post: (m) => out.push(m), onMessage: (h) => { deliver = h; } },
    {
      readText: async (url) => { reads.push([url, Date.now()]); return 'BUNDLE'; },
      readWasm: async (url) => { reads.push([url, Date.now()]); return emptyModule; },
      readBytesSync: (url) => { reads.push(['sync ' + url, Date.now()]); return emptyModule; },
    });
  const factory = `export default async () => ({
    releaseRun: () => {},
    runJson: (s) => JSON.stringify({ stdout: 'ran ' + s + '\\n', stderr: '', error: null, variables: [], ops: [], scopes: [], events: [] }),
    provide: (r, t) => { globalThis.__scopeplayCalls.push(r + ' ' + t); return true; } });`;
  deliver({ type: 'init', moduleUrl: moduleUrlOf(factory), wasm: new Uint8Array(0), buildersUrl: 'file:///b.txt',
    deferredUrl: 'file:///d.wasm' });
  deliver({ type: 'run', id: 1, source: 'a', options: {} });
  for (let i = 0; i < 100 && out.length < 2; i++) await new Promise((r) => setTimeout(r, 10));
  const answered = Date.now();
  assert.deepEqual(out.map((m) => m.type), ['ready', 'result']);
  await new Promise((r) => setTimeout(r, 500));
  assert.deepEqual(reads, [], 'not during the first output');
  for (let i = 0; i < 150 && !globalThis.__scopeplayCalls.length; i++) await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(reads.map(([url]) => url).sort(), ['file:///b.txt', 'file:///d.wasm']);
  for (const [url, at] of reads) assert.ok(at - answered >= 900, `${url} read ${at - answered} ms after the first result`);
  assert.deepEqual(globalThis.__scopeplayCalls, ['tf-builders BUNDLE']);
  delete globalThis.__scopeplayCalls;
});
