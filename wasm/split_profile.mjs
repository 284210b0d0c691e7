// Records which of the engine's functions the snippets users open first need,
// so that the build can split the .wasm in two (wasm/README.md, "Split in
// two"): the functions these snippets run stay in scopeplay.wasm, the rest
// moves to scopeplay.deferred.wasm, which the hosts load when a run first
// calls into it, or once the page is idle.
//
//   node split_profile.mjs DIST_DIR GALLERY_JSON PROFILE_OUT
//
// DIST_DIR holds the link's output with Emscripten's SPLIT_MODULE: its
// scopeplay.wasm is instrumented to note every function that runs. The
// snippets are the playground's gallery (the seed tutorial's and the classic
// cases), run with the TF version each entry names. Output: wasm-split's
// profile of that module.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { createInstance, runRecovering } from '../web/src/engine/engine_core.js';

const [dist, galleryJson, profileOut] = process.argv.slice(2);
if (!profileOut) {
  console.error('usage: node split_profile.mjs DIST_DIR GALLERY_JSON PROFILE_OUT');
  process.exit(2);
}

// The JavaScript API's own instance: it provides the TF builders when a
// snippet needs them and runs it again, as the playground does.
const factory = (await import(pathToFileURL(join(dist, 'scopeplay.mjs')).href)).default;
const instance = await createInstance(factory, readFileSync(join(dist, 'scopeplay.wasm')),
  async () => readFileSync(join(dist, 'scopeplay-tf-builders.txt'), 'utf8'));

const gallery = JSON.parse(readFileSync(galleryJson, 'utf8'));
let runs = 0;
for (const entry of gallery.entries) {
  const source = readFileSync(join(dirname(galleryJson), entry.file), 'utf8');
  const result = await runRecovering(instance, source, { tf: entry.tf, filename: 'snippet.py' });
  if (result.needs || instance.broken || (result.error && result.error.type === 'InternalError')) {
    throw new Error(`${entry.file}: the engine could not run it: ${JSON.stringify(result.error)}`);
  }
  runs++;
}

// The instrumented module writes its profile into memory we lend it.
const engine = instance.module;
const exports = engine.asm;
const memory = Object.values(exports).find((value) => value instanceof WebAssembly.Memory);
const capacity = 1 << 20;
const at = engine._malloc(capacity);
const size = exports.__write_profile(at, capacity);
if (!(size > 0 && size <= capacity)) throw new Error(`the module wrote a profile of ${size} bytes`);
writeFileSync(profileOut, new Uint8Array(memory.buffer, at, size));
console.log(`split profile: ${runs} gallery snippets, ${size} bytes`);
