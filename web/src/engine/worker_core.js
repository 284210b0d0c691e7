// The worker side of the engine, shared by the browser's worker.js (and the
// playground's engineWorker.ts, which bundles the Emscripten module's
// JavaScript) and Node's node_worker.js: loads the module once, then answers one message
// at a time. A run or stats request may arrive before 'init' (the host posts the
// first run without waiting for 'ready'): it waits for the engine. Messages:
//   in:  { type: 'load', moduleUrl }              (optional, first: starts loading the module's
//                                                  JavaScript while the host still compiles the .wasm)
//   in:  { type: 'init', moduleUrl, wasm, buildersUrl?, deferredUrl? }
//                                                  out: { type: 'ready' } | { type: 'fatal', message }
//                                                  (buildersUrl: the TF builders' bundle; deferredUrl:
//                                                  scopeplay.deferred.wasm; each read when a run needs
//                                                  it, or a while after the first run)
//                                                  (every 'init' is answered; the first one starts
//                                                  the engine: a page's boot script may send it
//                                                  before the host, which is not listening yet)
//   in:  { type: 'run', id, source, options }      out: { type: 'result', id, result }
//   in:  { type: 'stats', id }                     out: { type: 'stats', id, stats }
import {
  compileUrl, createInstance, errorResult, heapStats, prefetchBuilders, prefetchDeferred, recover, runRecovering,
} from './engine_core.js';

/** How long after its first run a worker reads the deferred code and the TF builders' bundle ahead of need. */
const PREFETCH_DELAY_MS = 1000;

async function fetchText(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** The deferred module's bytes when a run calls into it first: a worker may wait for them. */
function readBytesSync(url) {
  const request = new XMLHttpRequest();
  request.open('GET', url, false);
  request.responseType = 'arraybuffer';
  request.send(null);
  if (request.status < 200 || request.status >= 300) throw new Error(`${url}: HTTP ${request.status}`);
  return request.response;
}

/**
 * @param {{ post(message: any): void, onMessage(handler: (message: any) => void): void }} port
 * @param {{ factory?: (options: object) => Promise<any>, readText?: (url: string) => Promise<string>,
 *           readWasm?: (url: string) => Promise<BufferSource | WebAssembly.Module>,
 *           readBytesSync?: (url: string) => BufferSource }} [bundled]
 *   the Emscripten module's factory, when the worker's bundle includes it ('load' and moduleUrl
 *   are then not needed); how to read the builders' bundle and the deferred module, ahead of
 *   need and when a run needs it (default: fetch, and a synchronous XMLHttpRequest)
 */
export function serve(port, bundled = {}) {
  let loading = bundled.factory ? Promise.resolve({ default: bundled.factory }) : null;
  let instance = null;
  let started = null;  // Promise of the reply to 'init'
  let markStarted;
  const initialized = new Promise((resolve) => {
    markStarted = resolve;
  });
  let queue = Promise.resolve();
  let prefetched = false;

  async function init(message) {
    try {
      const factory = (await (loading ?? import(/* @vite-ignore */ message.moduleUrl))).default;
      const { buildersUrl, deferredUrl } = message;
      const readText = bundled.readText ?? fetchText;
      const readWasm = bundled.readWasm ?? compileUrl;
      const readSync = bundled.readBytesSync ?? readBytesSync;
      const deferred = deferredUrl ? { read: () => readWasm(deferredUrl), readSync: () => readSync(deferredUrl) } : null;
      instance = await createInstance(factory, message.wasm, buildersUrl ? () => readText(buildersUrl) : null, deferred);
      markStarted();
      return { type: 'ready' };
    } catch (e) {
      // Requests waiting for the engine stay unanswered: the host fails them on 'fatal'.
      return { type: 'fatal', message: `cannot load the scopeplay engine: ${e && e.message ? e.message : e}` };
    }
  }

  async function handle(message) {
    switch (message.type) {
      case 'run': {
        const result = await runRecovering(instance, message.source, message.options);
        port.post({ type: 'result', id: message.id, result });
        await recover(instance);
        if (!prefetched) {
          // A while after the first output: these must not compete with the
          // page (its own script, the editor) for the network and CPU.
          prefetched = true;
          setTimeout(() => {
            prefetchDeferred(instance);
            prefetchBuilders(instance);
          }, PREFETCH_DELAY_MS);
        }
        break;
      }
      case 'stats':
        port.post({ type: 'stats', id: message.id, stats: heapStats(instance.module) });
        break;
      default:
        break;
    }
  }

  port.onMessage((message) => {
    if (message.type === 'load') {
      loading ??= import(/* @vite-ignore */ message.moduleUrl);
      loading.catch(() => {});  // reported by 'init'
    } else if (message.type === 'init') {
      started ??= init(message);
      started.then((reply) => port.post(reply));
    } else {
      // A failure here (a fresh instance that cannot be made) answers the run
      // with an error and leaves the queue going.
      queue = queue.then(() => initialized).then(() => handle(message)).catch((e) => {
        const text = `the engine stopped unexpectedly: ${e && e.message ? e.message : e}`;
        if (message.type === 'run') port.post({ type: 'result', id: message.id, result: errorResult('InternalError', text) });
      });
    }
  });
}
