// What every host shares: instantiating the Emscripten module, one run, and
// the shape of the results. Runs in a browser worker, a Node worker thread or
// in-process in Node; never touches the DOM or Node's APIs.
import { convertPositions } from './positions.js';

export const DEFAULT_TF_VERSION = '1.15';
export const DEFAULT_FILENAME = '<stdin>';
export const DEFAULT_TIMEOUT_MS = 2000;
/** The core's Python recursion limit (CPython's default). */
export const DEFAULT_CALL_DEPTH = 1000;
/** The lowest limit a run is retried with after the JavaScript stack ran out. */
export const MIN_CALL_DEPTH = 100;

/**
 * Fetches a .wasm (same-origin credentials) and compiles it as it downloads;
 * served without the application/wasm type, it is compiled from its bytes.
 * @param {string | URL} url
 * @returns {Promise<WebAssembly.Module>}
 */
export async function compileUrl(url) {
  const response = fetch(url, { credentials: 'same-origin' });
  if (typeof WebAssembly.compileStreaming === 'function') {
    try {
      return await WebAssembly.compileStreaming(response);
    } catch {
      // the bytes, below
    }
  }
  const again = await fetch(url, { credentials: 'same-origin' });
  if (!again.ok) throw new Error(`${url}: HTTP ${again.status}`);
  return WebAssembly.compile(await again.arrayBuffer());
}

/** Installs the deferred part into one module instance, once (see instantiate). */
const deferredInstallers = new WeakMap();

/**
 * Instantiates scopeplay's Emscripten module.
 *
 * The build splits the engine's code in two (wasm/README.md, "Split in two"):
 * scopeplay.wasm holds what the gallery's snippets run, scopeplay.deferred.wasm
 * the rest. A call into the rest first reaches a placeholder, which asks
 * `loadDeferred` for the deferred module, synchronously, and instantiates it
 * into this instance; installDeferred() does the same ahead of need.
 * @param {(options: object) => Promise<any>} factory the .mjs module's default export
 * @param {WebAssembly.Module | ArrayBuffer | Uint8Array} wasm compiled module or bytes
 * @param {(() => WebAssembly.Module) | null} [loadDeferred] the compiled scopeplay.deferred.wasm
 * @returns {Promise<any>} the Emscripten module (runJson, heapUsedBytes, HEAP8)
 */
export async function instantiate(factory, wasm, loadDeferred = null) {
  const quiet = () => {};
  let installed = false;
  const install = (compiled, imports) => {
    const instance = new WebAssembly.Instance(compiled, imports);
    installed = true;
    return [instance, compiled];
  };
  const options = {
    print: quiet,
    printErr: quiet,
    loadSplitModule: (_file, imports) => {
      if (!loadDeferred) throw new Error('this host cannot load scopeplay.deferred.wasm');
      return install(loadDeferred(), imports);
    },
  };
  if (wasm instanceof WebAssembly.Module) {
    options.instantiateWasm = (imports, receive) => {
      WebAssembly.instantiate(wasm, imports).then((instance) => receive(instance, wasm));
      return {};
    };
  } else {
    options.wasmBinary = wasm;
  }
  const module = await factory(options);
  deferredInstallers.set(module, (compiled) => {
    if (!installed) install(compiled, { primary: module.asm });
  });
  return module;
}

/**
 * Instantiates the deferred part into `module` unless it already has it.
 * @param {any} module an Emscripten module made by instantiate()
 * @param {WebAssembly.Module} compiled scopeplay.deferred.wasm, compiled
 */
function installDeferred(module, compiled) {
  deferredInstallers.get(module)?.(compiled);
}

/**
 * Normalised run options.
 * @param {{ tf?: string, filename?: string, maxSteps?: number, maxOutputBytes?: number, maxCallDepth?: number }} [options]
 */
export function runOptions(options = {}) {
  return {
    tf: options.tf ?? DEFAULT_TF_VERSION,
    filename: options.filename ?? DEFAULT_FILENAME,
    maxSteps: options.maxSteps ?? 0,
    maxOutputBytes: options.maxOutputBytes ?? 0,
    maxCallDepth: options.maxCallDepth ?? 0,
  };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * One run through the module: the core's JSON, parsed, with UTF-16 columns.
 * A failure of the engine itself (a trap, a JavaScript stack overflow) becomes
 * an error result of type "InternalError"; the caller should then discard the
 * module instance, whose memory may be inconsistent. `overflow` says the
 * JavaScript stack ran out (see runRecovering).
 * @returns {{ result: any, broken: boolean, overflow?: boolean }}
 */
export function runWith(module, source, options) {
  const o = runOptions(options);
  // Emscripten's UTF-8 encoder pairs a lone surrogate with whatever code unit
  // follows it (and swallows that one); U+FFFD, as TextEncoder writes, keeps
  // the snippet the editor shows, and its UTF-16 columns.
  const text = String(source).replace(LONE_SURROGATE, '\uFFFD');
  try {
    const json = module.runJson(text, o.filename, o.tf, o.maxSteps, o.maxOutputBytes, o.maxCallDepth);
    return { result: convertPositions(JSON.parse(json), text, o.filename), broken: false };
  } catch (e) {
    // A browser's worker has a JavaScript stack of about 1 MB, which deep
    // recursion (some 600 Python calls on a cold page) can exhaust before the
    // core's own limit: say so as CPython would (runRecovering retries).
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      return { result: errorResult('RecursionError', 'maximum recursion depth exceeded'), broken: true, overflow: true };
    }
    const message = `the engine stopped unexpectedly: ${e && e.message ? e.message : String(e)}`;
    return { result: errorResult('InternalError', message), broken: true };
  }
}

/**
 * A module instance that a host keeps across runs: `reload` makes a fresh one.
 * `loadBuilders` reads the TF builders' bundle (scopeplay-tf-builders.txt),
 * which the .wasm leaves out: the core asks for it (a result's `needs`) the
 * first time a snippet uses tf.layers, Keras, RNN cells, optimizers or
 * tf.gradients. `deferred` reads scopeplay.deferred.wasm, the engine's code
 * that the gallery's snippets do not run: `readSync` when a run first calls
 * into it, `read` to fetch it ahead of need.
 * @typedef {{ readSync: () => BufferSource, read: () => Promise<BufferSource | WebAssembly.Module> }} DeferredReader
 * @typedef {{ module: any, broken: boolean, reload: () => Promise<any>,
 *             loadBuilders: (() => Promise<string>) | null, builders: Promise<string> | null,
 *             deferred: DeferredReader | null, deferredModule: WebAssembly.Module | null,
 *             deferredLoading: Promise<WebAssembly.Module> | null }} Instance
 */

/**
 * A host's instance of the engine, able to make itself afresh.
 * @param {(() => Promise<string>) | null} [loadBuilders]
 * @param {DeferredReader | null} [deferred]
 * @returns {Promise<Instance>}
 */
export async function createInstance(factory, wasm, loadBuilders = null, deferred = null) {
  const instance = {
    module: null,
    broken: false,
    reload: () => instantiate(factory, wasm, deferred ? () => deferredModuleSync(instance) : null),
    loadBuilders,
    builders: null,
    deferred,
    deferredModule: null,
    deferredLoading: null,
  };
  instance.module = await instance.reload();
  return instance;
}

/**
 * The compiled deferred module, read and compiled on the spot if no fetch
 * ahead of need has finished (a worker may block: it only delays its run).
 * @param {Instance} instance
 */
function deferredModuleSync(instance) {
  if (!instance.deferredModule) {
    let bytes;
    try {
      bytes = instance.deferred.readSync();
    } catch (e) {
      throw new Error(`cannot read scopeplay.deferred.wasm: ${e && e.message ? e.message : e}`);
    }
    instance.deferredModule = new WebAssembly.Module(bytes);
  }
  return instance.deferredModule;
}

/**
 * Fetches and compiles scopeplay.deferred.wasm ahead of need and installs it
 * into the instance's module, so that no run stops to read it: a worker
 * calls this after its first run. A failed read is left for the next call
 * (or for the run that needs it).
 * @param {Instance} instance
 */
export function prefetchDeferred(instance) {
  if (!instance.deferred) return Promise.resolve();
  if (!instance.deferredModule && !instance.deferredLoading) {
    instance.deferredLoading = Promise.resolve()
      .then(instance.deferred.read)
      .then((data) => (data instanceof WebAssembly.Module ? data : WebAssembly.compile(data)))
      .then((compiled) => (instance.deferredModule ??= compiled));
    instance.deferredLoading.catch(() => {
      instance.deferredLoading = null;
    });
  }
  // A part that does not fit the module (another build's) is left to the
  // placeholder, which then reports it.
  return Promise.resolve(instance.deferredModule ?? instance.deferredLoading).then((compiled) => {
    if (!instance.broken && instance.module) installDeferred(instance.module, compiled);
  }).catch(() => {});
}

/**
 * The builders' bundle, read once per instance (a failed read is tried again
 * next time); resolves to null when the host has no way to read it.
 * @param {Instance} instance
 */
function builders(instance) {
  if (!instance.loadBuilders) return Promise.resolve(null);
  if (!instance.builders) {
    instance.builders = Promise.resolve().then(instance.loadBuilders);
    instance.builders.catch(() => {
      instance.builders = null;
    });
  }
  return instance.builders;
}

/**
 * Reads the builders' bundle ahead of need and hands it to the module, so
 * that no run has to wait for it: a worker calls this after its first run.
 * @param {Instance} instance
 */
export function prefetchBuilders(instance) {
  builders(instance).then((text) => {
    if (text !== null && !instance.broken) instance.module.provide('tf-builders', text);
  }, () => {});
}

/**
 * Readies an instance for its next run: frees the last run's objects, which
 * the core keeps until its result has been passed on, or replaces a broken
 * instance's module with a fresh one (given the builders if they were read;
 * the deferred code, once compiled, is instantiated into it on its first
 * call without another read).
 */
export async function recover(instance) {
  if (!instance.broken) {
    // Frees the last run's objects, kept until its result had gone out.
    instance.module.releaseRun();
    return;
  }
  instance.module = await instance.reload();
  instance.broken = false;
  if (instance.builders) prefetchBuilders(instance);
}

/**
 * One run on a host's instance, surviving the engine's own failures. When
 * the JavaScript stack runs out before the core's recursion limit (a browser
 * worker's stack holds some 600 Python calls, CPython allows 1000), the
 * snippet runs again on a fresh instance with the limit halved, until the
 * core's own RecursionError comes first: the user then gets its line, its
 * traceback and the output printed before it, as natively. The instance may
 * be left broken: call recover() before the next run (after posting this
 * result, so the user does not wait for it).
 * @param {Instance} instance
 */
export async function runRecovering(instance, source, options = {}) {
  let depth = options.maxCallDepth || DEFAULT_CALL_DEPTH;
  let provided = false;
  for (;;) {
    await recover(instance);
    const { result, broken, overflow } = runWith(instance.module, source, { ...options, maxCallDepth: depth });
    instance.broken = broken;
    if (result.needs === 'tf-builders' && !provided) {
      // The snippet reached for the builders: read them, hand them over, and
      // run it again (the core keeps no state between runs but them).
      provided = true;
      const text = await builders(instance).catch(() => null);
      if (text !== null && instance.module.provide('tf-builders', text)) continue;
      return result;
    }
    if (!overflow || depth <= MIN_CALL_DEPTH) return result;
    depth = Math.max(MIN_CALL_DEPTH, Math.floor(depth / 2));
  }
}

/** Heap figures of a module instance, for leak tests. */
export function heapStats(module) {
  module.releaseRun();
  return { heapUsedBytes: module.heapUsedBytes(), heapSizeBytes: module.HEAP8.buffer.byteLength };
}

/**
 * A RunResult carrying only an error that the host (not the core) reports.
 * @param {string} type
 * @param {string} message
 */
export function errorResult(type, message) {
  return {
    stdout: '',
    stderr: '',
    error: {
      type,
      message,
      line: 0,
      column: 0,
      endLine: 0,
      endColumn: 0,
      traceback: [],
      formatted: `${type}: ${message}\n`,
      limit: true,
    },
    outputTruncated: false,
    steps: 0,
    variables: [],
    ops: [],
    scopes: [],
    events: [],
  };
}

/** The error result of a run stopped after `timeoutMs`. */
export function timeoutResult(timeoutMs) {
  const seconds = Number((timeoutMs / 1000).toFixed(3));
  return errorResult('TimeoutError', `the run took longer than ${seconds} s and was stopped`);
}
