// The playground's engine worker: the engine's generic worker
// (engine/worker_core.js) with the Emscripten module's JavaScript bundled in,
// so a worker started by the page's <head> has all of its code in one file and
// needs only the compiled .wasm, instead of importing scopeplay.mjs with a
// second request once it has started.
import factory from '@wasm-dist/scopeplay.mjs';
import { serve } from './engine/worker_core.js';

const scope = self as unknown as { postMessage(message: unknown): void; onmessage: ((event: MessageEvent) => void) | null };
serve(
  {
    post: (message) => scope.postMessage(message),
    onMessage: (handler) => {
      scope.onmessage = (event) => handler(event.data);
    },
  },
  { factory },
);
