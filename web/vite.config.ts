// Builds the playground from web/ into dist/ at the repository root. The
// engine (build/wasm/dist/scopeplay.{mjs,wasm}) comes from the `wasm` CMake
// preset and is copied in as hashed assets; nothing is fetched from a CDN.
import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import process from 'node:process';

const repo = fileURLToPath(new URL('..', import.meta.url));
// Where scopeplay.{mjs,wasm} come from; SCOPEPLAY_WASM_DIST points elsewhere (e.g. another build).
const wasmDist = process.env.SCOPEPLAY_WASM_DIST ?? repo + 'build/wasm/dist';

// The first output waits on the engine (worker script, Emscripten module,
// .wasm), which the page only discovers after its own script has run: name
// them in the HTML so the browser fetches them at once. (Monaco is not
// preloaded: it is fetched after the first output, which it must not delay.)
function preloadEngine(): Plugin {
  return {
    name: 'scopeplay-preload-engine',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files = Object.keys(ctx.bundle ?? {});
        const find = (re: RegExp) => files.filter((f) => re.test(f));
        const size = (f: string) => {
          const out = ctx.bundle?.[f];
          return out ? (out.type === 'asset' ? String(out.source).length : out.code.length) : 0;
        };
        // The engine's worker as bundled for `?worker&url`; web/src/engine/index.js's own
        // default worker URL is copied too but unused (it is the smaller, unbundled file).
        const worker = find(/(^|\/)worker-[\w-]+\.js$/).sort((a, b) => size(b) - size(a)).slice(0, 1);
        const tags = [
          ...find(/scopeplay-[\w-]+\.wasm$/).map((f) => ({ rel: 'preload', href: f, as: 'fetch', crossorigin: 'anonymous' })),
          ...worker.map((f) => ({ rel: 'modulepreload', href: f })),
          ...find(/scopeplay-[\w-]+\.mjs$/).map((f) => ({ rel: 'modulepreload', href: f })),
        ];
        return tags.map(({ href, ...attrs }) => ({
          tag: 'link',
          attrs: { ...attrs, href: './' + href },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  plugins: [preloadEngine()],
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  resolve: {
    alias: {
      '@wasm-dist': wasmDist,
      // Monaco's package exports only map .js files; its stylesheets are reached directly.
      '@monaco-esm': repo + 'node_modules/monaco-editor/esm/vs',
    },
  },
  server: { host: '127.0.0.1', fs: { allow: [repo] } },
  worker: { format: 'es' },
  build: {
    outDir: repo + 'dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4096,
    reportCompressedSize: false,
  },
});
