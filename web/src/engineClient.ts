// The page's view of the engine: starts the worker-hosted WebAssembly engine
// as early as possible, and runs "the latest code" only — while one run is in
// flight, further edits collapse into a single pending run.
import { createEngine, type EngineBoot } from './engine/index.js';
import workerUrl from './engineWorker.ts?worker&url';
import moduleUrl from '@wasm-dist/scopeplay.mjs?url';
import wasmUrl from '@wasm-dist/scopeplay.wasm?url';
import buildersUrl from '@wasm-dist/scopeplay-tf-builders.txt?url';
import deferredUrl from '@wasm-dist/scopeplay.deferred.wasm?url';
import { toRunResult, type RunResult, type TfVersion } from './types';

export const FILENAME = 'snippet.py';
export const RUN_TIMEOUT_MS = 2000;
/** Live runs while typing: edits within this many ms of a run wait for a pause (see live.ts). */
export const DEBOUNCE_MS = 150;

export interface RunRequest {
  code: string;
  tf: TfVersion;
}

export interface RunOutcome extends RunRequest {
  result: RunResult;
  ms: number;
}

type Engine = Awaited<ReturnType<typeof createEngine>>;

export class EngineClient {
  private engine: Promise<Engine>;
  /** Settles once the engine can run (or has failed to start). */
  readonly ready: Promise<void>;
  private inFlight = false;
  private pending: RunRequest | null = null;

  constructor(private readonly onResult: (outcome: RunOutcome) => void, private readonly onFatal: (e: Error) => void) {
    // The page's <head> may already have started the compile and the worker (web/vite.config.ts).
    const boot = (window as { scopeplayBoot?: EngineBoot }).scopeplayBoot;
    this.engine = createEngine({ moduleUrl, wasmUrl, buildersUrl, deferredUrl, workerUrl, timeoutMs: RUN_TIMEOUT_MS, boot });
    this.ready = this.engine.then(() => void performance.mark('scopeplay:engine-ready'), () => {});
    this.engine.catch((e: unknown) => this.onFatal(e instanceof Error ? e : new Error(String(e))));
  }

  /** Runs `req` now, or right after the run in flight (replacing any older pending request). */
  request(req: RunRequest): void {
    this.pending = req;
    if (!this.inFlight) void this.pump();
  }

  get busy(): boolean {
    return this.inFlight;
  }

  private async pump(): Promise<void> {
    while (this.pending) {
      const req = this.pending;
      this.pending = null;
      this.inFlight = true;
      try {
        const engine = await this.engine;
        const start = performance.now();
        const raw = await engine.run(req.code, { tf: req.tf, filename: FILENAME });
        const ms = performance.now() - start;
        this.onResult({ ...req, result: toRunResult(raw), ms });
      } catch (e) {
        this.onFatal(e instanceof Error ? e : new Error(String(e)));
        this.pending = null;
      } finally {
        this.inFlight = false;
      }
    }
  }
}
