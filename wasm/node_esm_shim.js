// Placed before scopeplay.mjs's code (--extern-pre-js). Emscripten 3.1.6's
// EXPORT_ES6 output reads CommonJS's __dirname (and, to read the .wasm itself,
// require) when it runs under Node, but an ES module has neither: define them
// at module scope. Browsers and workers never read them. scopeplay's Node
// loader passes the .wasm bytes in (wasmBinary), so require is only a fallback.
var __dirname = '';
var require;
if (typeof process == 'object' && process.versions && process.versions.node) {
  __dirname = decodeURIComponent(new URL('.', import.meta.url).pathname).replace(/\/$/, '');
  if (typeof process.getBuiltinModule == 'function') {
    require = process.getBuiltinModule('module').createRequire(import.meta.url);
  }
}
