// Builds the playground from web/ into dist/ at the repository root. The
// engine (build/wasm/dist/scopeplay.{mjs,wasm}) comes from the `wasm` CMake
// preset and is copied in as hashed assets; nothing is fetched from a CDN.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import process from 'node:process';

const repo = fileURLToPath(new URL('..', import.meta.url));
// Where scopeplay.{mjs,wasm} come from; SCOPEPLAY_WASM_DIST points elsewhere (e.g. another build).
const wasmDist = process.env.SCOPEPLAY_WASM_DIST ?? repo + 'build/wasm/dist';

export default defineConfig({
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
