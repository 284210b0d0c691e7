/// <reference types="vite/client" />
declare module '@wasm-dist/scopeplay.mjs?url' {
  const url: string;
  export default url;
}
declare module '@wasm-dist/scopeplay.mjs' {
  const factory: (options: object) => Promise<unknown>;
  export default factory;
}
declare module '@wasm-dist/scopeplay.wasm?url' {
  const url: string;
  export default url;
}
declare module '@wasm-dist/scopeplay-tf-builders.txt?url' {
  const url: string;
  export default url;
}
declare module '@monaco-esm/*.css';
