// Builds the playground from web/ into dist/ at the repository root. The
// engine (build/wasm/dist/scopeplay.{mjs,wasm}) comes from the `wasm` CMake
// preset and is copied in as hashed assets; nothing is fetched from a CDN.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  publicDir: false,
  resolve: {
    alias: { '@wasm-dist': repo + 'build/wasm/dist' },
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
