// The page's (or Node's main thread's) side of a worker-hosted engine: one
// worker, one run at a time, the rest queued in order. A run that exceeds its
// wall-clock limit is stopped by terminating the worker, answered with a
// TimeoutError result, and a fresh worker takes over the queue. Environment-
// agnostic: index.js (browser) and node.js (worker_threads) supply spawn().
import { DEFAULT_TIMEOUT_MS, errorResult, timeoutResult } from './engine_core.js';

/**
 * @typedef {object} WorkerPort
 * @property {(message: any) => void} post
 * @property {(handler: (message: any) => void) => void} onMessage
 * @property {(handler: (error: any) => void) => void} onError
 * @property {() => void} terminate
 * @property {() => void} [ref]    keep the host process alive (Node)
 * @property {() => void} [unref]  let the host process exit when idle (Node)
 */

/**
 * `moduleUrl`, when known up front, lets each new worker start loading the
 * Emscripten module's JavaScript at once, while init() still waits for the
 * compiled .wasm.
 * @param {{ spawn: () => WorkerPort, init: () => Promise<{ moduleUrl: string, wasm: any }>,
 *           moduleUrl?: string, timeoutMs?: number }} config
 */
export function createWorkerEngine({ spawn, init, moduleUrl, timeoutMs = DEFAULT_TIMEOUT_MS }) {
  const queue = [];
  let nextId = 1;
  let worker = null;
  let ready = null;
  let current = null;
  let disposed = false;
  let fatal = null;

  function start() {
    const port = spawn();
    worker = port;
    let portReady = false;
    port.ref?.();
    if (moduleUrl) port.post({ type: 'load', moduleUrl });
    ready = new Promise((resolve, reject) => {
      port.onMessage((message) => {
        if (port !== worker) return;
        if (message.type === 'ready') {
          portReady = true;
          if (!current) port.unref?.();
          resolve();
        } else if (message.type === 'fatal') {
          fatal = new Error(message.message);
          reject(fatal);
          failAll(fatal);
        } else if (current && message.id === current.id) {
          finish(message.type === 'stats' ? message.stats : message.result);
        }
      });
      port.onError((error) => {
        if (port !== worker) return;
        const text = error && error.message ? error.message : String(error);
        if (!current || !portReady) {
          fatal = new Error(`the scopeplay worker failed: ${text}`);
          reject(fatal);
          failAll(fatal);
          return;
        }
        const task = current;
        restart();
        task.resolve(errorResult('InternalError', `the engine stopped unexpectedly: ${text}`));
      });
      init().then((message) => port.post({ type: 'init', ...message }), (e) => {
        fatal = e instanceof Error ? e : new Error(String(e));
        reject(fatal);
        failAll(fatal);
      });
    });
    ready.catch(() => {});
  }

  function restart() {
    clearTimeout(current?.timer);
    current = null;
    worker.terminate();
    start();
    pump();
  }

  function failAll(error) {
    if (current) {
      clearTimeout(current.timer);
      current.reject(error);
      current = null;
    }
    while (queue.length) queue.shift().reject(error);
  }

  function finish(value) {
    const task = current;
    clearTimeout(task.timer);
    current = null;
    if (!queue.length) worker.unref?.();
    task.resolve(value);
    pump();
  }

  // A request goes to the worker at once, even before it is ready (the worker
  // holds it until its engine is): the first run then starts the moment the
  // engine is ready, not after a round trip through a page that may be busy
  // laying itself out. Its wall-clock limit counts from 'ready'.
  function pump() {
    if (current || !queue.length || disposed || fatal) return;
    const port = worker;
    const task = queue.shift();
    current = task;
    port.ref?.();
    port.post(task.message);
    if (task.message.type === 'run') {
      ready.then(() => {
        if (current !== task || port !== worker) return;
        task.timer = setTimeout(() => {
          if (current !== task) return;
          restart();
          task.resolve(timeoutResult(task.timeoutMs));
        }, task.timeoutMs);
      }, () => {});
    }
  }

  function enqueue(message, limitMs) {
    if (disposed) return Promise.reject(new Error('the scopeplay engine was disposed'));
    if (fatal) return Promise.reject(fatal);
    return new Promise((resolve, reject) => {
      queue.push({ id: message.id, message, timeoutMs: limitMs, resolve, reject });
      pump();
    });
  }

  start();

  return {
    ready: ready.then(() => undefined),
    run(source, options = {}) {
      const id = nextId++;
      const { timeoutMs: runTimeout, ...runOptions } = options;
      return enqueue({ type: 'run', id, source: String(source), options: runOptions }, runTimeout ?? timeoutMs);
    },
    stats() {
      const id = nextId++;
      return enqueue({ type: 'stats', id }, 0);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      failAll(new Error('the scopeplay engine was disposed'));
      worker.terminate();
    },
  };
}
