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
// .wasm), which the page only discovers after its own script has run: a small
// inline script at the top of <head> starts compiling the .wasm and starts the
// engine's worker at once, and web/src/engine/index.js adopts both (measured in
// bench/web/README.md). Monaco is not preloaded: it is fetched after the first
// output, which it must not delay.
function bootScript(wasm: string, worker: string, module: string, builders: string, deferred: string): string {
  const url = (f: string) => JSON.stringify('./' + f);
  return `
(function () {
  // Start the engine before the page's own script arrives (web/vite.config.ts).
  try {
    performance.mark('scopeplay:boot');
    var at = function (f) { return new URL(f, location.href).href; };
    var boot = { failed: false };
    boot.wasm = WebAssembly.compileStreaming(fetch(at(${url(wasm)}), { credentials: 'same-origin' }));
    boot.wasm.catch(function () {});
    boot.worker = new Worker(at(${url(worker)}), { type: 'module', name: 'scopeplay-engine' });
    boot.worker.addEventListener('error', function () { boot.failed = true; });
    var moduleUrl = at(${url(module)});
    var buildersUrl = at(${url(builders)});
    var deferredUrl = at(${url(deferred)});
    boot.worker.postMessage({ type: 'load', moduleUrl: moduleUrl });
    // The engine starts as soon as the .wasm is compiled, not when the page's
    // own script (which runs after layout) gets to createEngine().
    boot.wasm.then(function (wasm) { boot.worker.postMessage({ type: 'init', moduleUrl: moduleUrl, wasm: wasm, buildersUrl: buildersUrl, deferredUrl: deferredUrl }); }, function () {});
    window.scopeplayBoot = boot;
  } catch (e) {}
})();
`;
}

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
        // The playground's engine worker (web/src/engineWorker.ts, the Emscripten module's
        // JavaScript bundled in); web/src/engine/index.js's default worker is not used.
        const worker = find(/(^|\/)engineWorker-[\w-]+\.js$/).sort((a, b) => size(b) - size(a)).slice(0, 1);
        const [wasm] = find(/(^|\/)scopeplay-[\w-]+\.wasm$/);
        const [deferred] = find(/(^|\/)scopeplay\.deferred-[\w-]+\.wasm$/);
        const [module] = find(/scopeplay-[\w-]+\.mjs$/);
        const [builders] = find(/scopeplay-tf-builders-[\w-]+\.txt$/);
        if (!wasm || !deferred || !module || !builders || !worker.length) throw new Error('scopeplay: the engine assets are missing from the bundle');
        const link = ({ href, ...attrs }: Record<string, string>) => ({ tag: 'link', attrs: { ...attrs, href: './' + href } });
        return [
          { tag: 'script', children: bootScript(wasm, worker[0], module, builders, deferred), injectTo: 'head-prepend' as const },
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
// <template>: the page activates them with the first output, so all of the
// editor's files are fetched at once rather than one import after another,
// without competing with the engine's first run (and never on phones, which
// keep the plain editor).
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
