// The worker host (web/src/engine/host.js) against a scripted worker: the
// order of messages, when a run's wall-clock limit starts, and failures
// before the engine is ready. No WebAssembly here: engine.test.js runs the
// real one.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { createWorkerEngine } from '../../web/src/engine/host.js';
import { serve } from '../../web/src/engine/worker_core.js';

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
  const factory = `export default async () => ({ runJson: (s) => JSON.stringify({ stdout: 'ran ' + s + '\\n',
    stderr: '', error: null, variables: [], ops: [], scopes: [], events: [] }) });`;
  const moduleUrl = `data:text/javascript,${encodeURIComponent(factory)}`;
  deliver({ type: 'run', id: 1, source: 'a', options: {} });
  deliver({ type: 'run', id: 2, source: 'b', options: {} });
  await new Promise((r) => setTimeout(r, 20));
  assert.deepEqual(out, [], 'nothing is answered before init');
  deliver({ type: 'init', moduleUrl, wasm: new Uint8Array(0) });
  for (let i = 0; i < 100 && out.length < 3; i++) await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(out.map((m) => m.type), ['ready', 'result', 'result']);
  assert.deepEqual(out.slice(1).map((m) => [m.id, m.result.stdout]), [[1, 'ran a\n'], [2, 'ran b\n']]);
});
