// The worker side of the engine, shared by the browser's worker.js and Node's
// node_worker.js: loads the Emscripten module once, then answers one message
// at a time. A run or stats request may arrive before 'init' (the host posts the
// first run without waiting for 'ready'): it waits for the engine. Messages:
//   in:  { type: 'load', moduleUrl }              (optional, first: starts loading the module's
//                                                  JavaScript while the host still compiles the .wasm)
//   in:  { type: 'init', moduleUrl, wasm }        out: { type: 'ready' } | { type: 'fatal', message }
//   in:  { type: 'run', id, source, options }      out: { type: 'result', id, result }
//   in:  { type: 'stats', id }                     out: { type: 'stats', id, stats }
import { heapStats, instantiate, runWith } from './engine_core.js';

/**
 * @param {{ post(message: any): void, onMessage(handler: (message: any) => void): void }} port
 */
export function serve(port) {
  let factory = null;
  let loading = null;
  let wasm = null;
  let module = null;
  let started = null;
  let markStarted;
  const initialized = new Promise((resolve) => {
    markStarted = resolve;
  });
  let queue = Promise.resolve();

  async function init(message) {
    try {
      factory = (await (loading ?? import(message.moduleUrl))).default;
      wasm = message.wasm;
      module = await instantiate(factory, wasm);
      port.post({ type: 'ready' });
      markStarted();
    } catch (e) {
      // Requests waiting for the engine stay unanswered: the host fails them on 'fatal'.
      port.post({ type: 'fatal', message: `cannot load the scopeplay engine: ${e && e.message ? e.message : e}` });
    }
  }

  async function handle(message) {
    switch (message.type) {
      case 'run': {
        const { result, broken } = runWith(module, message.source, message.options);
        port.post({ type: 'result', id: message.id, result });
        if (broken) module = await instantiate(factory, wasm);
        break;
      }
      case 'stats':
        port.post({ type: 'stats', id: message.id, stats: heapStats(module) });
        break;
      default:
        break;
    }
  }

  port.onMessage((message) => {
    if (message.type === 'load') {
      loading = import(message.moduleUrl);
      loading.catch(() => {});  // reported by 'init'
    } else if (message.type === 'init') {
      started ??= init(message);
    } else {
      queue = queue.then(() => initialized).then(() => handle(message));
    }
  });
}
