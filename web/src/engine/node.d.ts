import type { Engine } from './types.js';
export type * from './types.js';
export { byteToUtf16Column } from './positions.js';

export interface NodeEngineOptions {
  /** Folder holding scopeplay.mjs, scopeplay.wasm, scopeplay.deferred.wasm and scopeplay-tf-builders.txt (default: $SCOPEPLAY_WASM_DIR, then build/wasm/dist). */
  wasmDir?: string;
  /** false: run in-process (no wall-clock limit); default: in a worker thread. */
  worker?: boolean;
  /** Wall-clock limit per run in ms (worker only); default 2000. */
  timeoutMs?: number;
}

/** Loads the engine from the file system; resolves when it is ready. */
export function createEngine(options?: NodeEngineOptions): Promise<Engine>;
