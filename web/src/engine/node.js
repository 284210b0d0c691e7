// scopeplay's engine in Node (20+), for tests and documentation tools:
//
//   import { createEngine } from 'scopeplay';        // or this file's path
//   const engine = await createEngine();
//   const result = await engine.run('print(1 + 1)');
//   engine.dispose();
//
// By default the engine runs in a worker thread, with the same wall-clock
// limit, queue and TimeoutError as in the browser. { worker: false } runs it
// in-process instead: less overhead per run, and only the engine's own step
// budget stops a runaway snippet. The .wasm is read from disk and handed to
// Emscripten (its loader would otherwise try fetch() on a file path).
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

import { DEFAULT_TIMEOUT_MS, createInstance, heapStats, recover, runRecovering } from './engine_core.js';
import { createWorkerEngine } from './host.js';

export { byteToUtf16Column } from './positions.js';

/** Where scopeplay.{mjs,wasm} and scopeplay-tf-builders.txt are: option, SCOPEPLAY_WASM_DIR, or the wasm preset's build. */
function distDir(options) {
  return options.wasmDir ?? process.env.SCOPEPLAY_WASM_DIR ??
    fileURLToPath(new URL('../../../build/wasm/dist/', import.meta.url));
}

async function createInProcessEngine(moduleUrl, bytes, buildersPath, deferredPath) {
  const factory = (await import(moduleUrl)).default;
  const deferred = { read: () => readFile(deferredPath), readSync: () => readFileSync(deferredPath) };
  const instance = await createInstance(factory, bytes, () => readFile(buildersPath, 'utf8'), deferred);
  let disposed = false;
  let queue = Promise.resolve();
  const serial = (task) => {
    const next = queue.then(task);
    queue = next.catch(() => {});
    return next;
  };
  return {
    ready: Promise.resolve(),
    run(source, options = {}) {
      if (disposed) return Promise.reject(new Error('the scopeplay engine was disposed'));
      return serial(async () => {
        const result = await runRecovering(instance, source, options);
        await recover(instance);
        return result;
      });
    },
    stats() {
      return serial(async () => heapStats(instance.module));
    },
    dispose() {
      disposed = true;
      instance.module = null;
    },
  };
}

/** @type {import('./node').createEngine} */
export async function createEngine(options = {}) {
  const dir = distDir(options);
  const moduleUrl = pathToFileURL(join(dir, 'scopeplay.mjs')).href;
  const bytes = await readFile(join(dir, 'scopeplay.wasm'));
  // The TF builders' Python, which the .wasm leaves out: read when a run first needs it.
  const buildersPath = join(dir, 'scopeplay-tf-builders.txt');
  // The engine's code that the gallery's snippets do not run: read when a run first calls into it.
  const deferredPath = join(dir, 'scopeplay.deferred.wasm');
  if (options.worker === false) return createInProcessEngine(moduleUrl, bytes, buildersPath, deferredPath);

  const wasm = await WebAssembly.compile(bytes);
  const workerUrl = new URL('./node_worker.js', import.meta.url);
  const engine = createWorkerEngine({
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    init: async () => ({ moduleUrl, wasm, buildersUrl: pathToFileURL(buildersPath).href, deferredUrl: pathToFileURL(deferredPath).href }),
    spawn: () => {
      const worker = new Worker(workerUrl, { name: 'scopeplay-engine' });
      return {
        post: (message) => worker.postMessage(message),
        onMessage: (handler) => worker.on('message', handler),
        onError: (handler) => worker.on('error', handler),
        terminate: () => void worker.terminate(),
        ref: () => worker.ref(),
        unref: () => worker.unref(),
      };
    },
  });
  await engine.ready;
  return engine;
}
