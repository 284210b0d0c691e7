// Builds the playground from web/ into dist/ at the repository root. The
// engine (build/wasm/dist/scopeplay.{mjs,wasm}) comes from the `wasm` CMake
// preset and is copied in as hashed assets; nothing is fetched from a CDN.
import { defineConfig, type Plugin, type Rolldown } from 'vite';
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
        const page = ctx.filename.replace(/.*\//, '');
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
        const link = ({ href, ...attrs }: Record<string, string>) => ({ tag: 'link', attrs: { ...attrs, href: './' + href } });
        return [
          ...tags.map((t) => ({ ...link(t), injectTo: 'head' as const })),
          // Only the playground upgrades to Monaco; the embed keeps the plain editor.
          ...(page === 'index.html'
            ? [{ tag: 'template', attrs: { id: 'editor-preload' }, children: editorPreload(ctx.bundle).map(link), injectTo: 'body' as const }]
            : []),
        ];
      },
    },
  };
}

// Monaco (its chunk, stylesheet and Python grammar) as inert links in a
// <template>: the page activates them once the engine is ready, so the
// editor's download and parsing overlap the first run instead of following
// it, without competing with the engine's own download (and never on phones,
// which keep the plain editor).
function editorPreload(bundle: Rolldown.OutputBundle | undefined): Array<Record<string, string>> {
  const chunks = Object.values(bundle ?? {}).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
  const editor = chunks.find((c) => c.facadeModuleId?.endsWith('/src/editor/monaco.ts'));
  if (!editor) return [];
  const loaded = new Set(chunks.filter((c) => c.isEntry).flatMap((c) => [c.fileName, ...c.imports]));
  const grammar = chunks.filter((c) => /\/languages\/definitions\/python\/python\.js$/.test(c.facadeModuleId ?? ''));
  return [
    ...[...(editor.viteMetadata?.importedCss ?? [])].map((href) => ({ rel: 'preload', as: 'style', href })),
    { rel: 'modulepreload', href: editor.fileName },
    ...editor.imports.filter((f) => !loaded.has(f)).map((href) => ({ rel: 'modulepreload', href })),
    ...grammar.map((c) => ({ rel: 'modulepreload', href: c.fileName })),
  ];
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
    rollupOptions: {
      // The playground, and the embed for documentation sites (embed.html).
      input: { index: repo + 'web/index.html', embed: repo + 'web/embed.html' },
    },
    outDir: repo + 'dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4096,
    reportCompressedSize: false,
  },
});
