import type { Engine } from './types.js';
export type * from './types.js';
export { byteToUtf16Column } from './positions.js';

export interface BrowserEngineOptions {
  /** URL of scopeplay.mjs (default: the wasm preset's build output). */
  moduleUrl?: string | URL;
  /** URL of scopeplay.wasm. */
  wasmUrl?: string | URL;
  /** URL of scopeplay-tf-builders.txt (the TF builders' Python, which the .wasm leaves out). */
  buildersUrl?: string | URL;
  /** URL of scopeplay.deferred.wasm (the engine's code that the gallery's snippets do not run). */
  deferredUrl?: string | URL;
  /** URL of worker.js, for bundlers that relocate it. */
  workerUrl?: string | URL;
  /** Wall-clock limit per run in ms; default 2000. */
  timeoutMs?: number;
  /** A compile and first worker the page started early (an inline script in its <head>). */
  boot?: EngineBoot;
}

/** A compile and worker started before createEngine() (the worker has been sent `{ type: 'load', moduleUrl }`). */
export interface EngineBoot {
  wasm: Promise<WebAssembly.Module>;
  worker: Worker;
  /** Set when the worker reported an error before createEngine() adopted it. */
  failed?: boolean;
}


/** Starts the engine in a dedicated Web Worker; resolves when it is ready. */
export function createEngine(options?: BrowserEngineOptions): Promise<Engine>;
