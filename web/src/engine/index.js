// scopeplay's engine in the browser: createEngine() starts a dedicated module
// worker holding the WebAssembly engine and resolves once it is ready; every
// engine.run() is answered there, so the page never blocks. The .wasm is
// compiled once on this side and handed to each worker, which makes the
// re-created worker after a timeout cheap.
//
//   const engine = await createEngine();
//   const result = await engine.run(source, { tf: '1.15', filename: 'snippet.py' });
import { DEFAULT_TIMEOUT_MS, compileUrl } from './engine_core.js';
import { createWorkerEngine } from './host.js';

export { byteToUtf16Column } from './positions.js';

const DIST = '../../../build/wasm/dist/';

function startWorker(workerUrl) {
  return new Worker(workerUrl, { type: 'module', name: 'scopeplay-engine' });
}

/** @type {import('./index').createEngine} */
export async function createEngine(options = {}) {
  // Absolute URLs: the worker resolves module specifiers against its own URL.
  const here = globalThis.location?.href ?? import.meta.url;
  const moduleUrl = String(new URL(options.moduleUrl ?? `${DIST}scopeplay.mjs`, options.moduleUrl ? here : import.meta.url));
  const wasmUrl = String(new URL(options.wasmUrl ?? `${DIST}scopeplay.wasm`, options.wasmUrl ? here : import.meta.url));
  // The TF builders' Python, which the .wasm leaves out: the worker reads it
  // after its first run, or when a run needs it first.
  const buildersUrl = String(new URL(options.buildersUrl ?? `${DIST}scopeplay-tf-builders.txt`,
    options.buildersUrl ? here : import.meta.url));
  // The engine's code that the gallery's snippets do not run: read when a run
  // first calls into it, or after the worker's first run.
  const deferredUrl = String(new URL(options.deferredUrl ?? `${DIST}scopeplay.deferred.wasm`,
    options.deferredUrl ? here : import.meta.url));
  const workerUrl = options.workerUrl ?? new URL('./worker.js', import.meta.url);
  // A page may have started the compile and the first worker from an inline
  // script in its <head>, before its own script arrived (see web/vite.config.ts).
  const boot = options.boot && options.boot.wasm && options.boot.worker ? options.boot : null;
  const wasm = boot ? boot.wasm.catch(() => compileUrl(wasmUrl)) : compileUrl(wasmUrl);
  let bootWorker = boot && !boot.failed ? boot.worker : null;
  wasm.then(() => performance.mark('scopeplay:wasm-compiled'), () => {});
  const engine = createWorkerEngine({
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    moduleUrl,
    init: async () => ({ moduleUrl, wasm: await wasm, buildersUrl, deferredUrl }),
    spawn: () => {
      const worker = bootWorker ?? startWorker(workerUrl);
      bootWorker = null;
      return {
        post: (message) => worker.postMessage(message),
        onMessage: (handler) => worker.addEventListener('message', (event) => handler(event.data)),
        onError: (handler) => worker.addEventListener('error', (event) => {
          event.preventDefault();
          handler(event.error ?? new Error(event.message || 'worker error'));
        }),
        terminate: () => worker.terminate(),
      };
    },
  });
  await engine.ready;
  return engine;
}
