// The engine's .wasm comes in two parts (wasm/README.md, "Split in two"):
// scopeplay.wasm with the code the gallery's snippets run, and
// scopeplay.deferred.wasm with the rest, instantiated into the first when a
// run first calls into it (or ahead of need). These tests hold the two parts
// to the whole module the build split them from (build/wasm/split/), and
// check when the hosts read the deferred part.
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';

import { createInstance, prefetchDeferred, runRecovering } from '../../web/src/engine/engine_core.js';
import { createEngine } from '../../web/src/engine/node.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const dist = process.env.SCOPEPLAY_WASM_DIR ?? join(repo, 'build/wasm/dist');
const wholePath = join(dist, '../split/scopeplay.whole.wasm');

async function factory() {
  return (await import(pathToFileURL(join(dist, 'scopeplay.mjs')).href)).default;
}

/** An in-process instance of the split engine that counts its reads of the deferred part. */
async function splitInstance(reads) {
  const bytes = await readFile(join(dist, 'scopeplay.deferred.wasm'));
  const deferred = {
    read: async () => { reads.async++; return bytes; },
    readSync: () => { reads.sync++; return bytes; },
  };
  const builders = () => readFile(join(dist, 'scopeplay-tf-builders.txt'), 'utf8');
  return createInstance(await factory(), await readFile(join(dist, 'scopeplay.wasm')), builders, deferred);
}

/** A "# tf: 1.3" comment among a case's leading comment lines, as tests/golden_test.cpp reads it. */
function tfVersionOf(source) {
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (!line.startsWith('#')) break;
    const body = line.slice(1).trim();
    if (body.startsWith('tf:')) return body.slice(3).trim();
  }
  return '1.15';
}

/** Every snippet the repository has expected output for, with its TF version. */
async function corpus() {
  const files = [];
  async function walk(dir) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.py')) files.push(path);
    }
  }
  for (const dir of ['tests/golden', 'examples', 'web/gallery']) await walk(join(repo, dir));
  return Promise.all(files.sort().map(async (path) => {
    const source = await readFile(path, 'utf8');
    return { path, source, tf: tfVersionOf(source) };
  }));
}

describe('the .wasm in two parts', () => {
  test('the corpus gives through the two parts exactly what it gives through the whole module', async () => {
    const reads = { sync: 0, async: 0 };
    const split = await splitInstance(reads);
    const builders = () => readFile(join(dist, 'scopeplay-tf-builders.txt'), 'utf8');
    const whole = await createInstance(await factory(), await readFile(wholePath), builders);
    const cases = await corpus();
    assert.ok(cases.length > 900, `${cases.length} snippets`);
    let differ = 0;
    let readAt = null;
    for (const { path, source, tf } of cases) {
      const options = { tf, filename: 'snippet.py', maxCallDepth: 200 };
      const want = await runRecovering(whole, source, options);
      const got = await runRecovering(split, source, options);
      if (readAt === null && reads.sync) readAt = path;
      try {
        assert.deepEqual(got, want);
      } catch (e) {
        if (++differ <= 3) console.log(`${path}: ${e.message.slice(0, 2000)}`);
      }
    }
    assert.equal(differ, 0, `${differ} snippets differ`);
    assert.notEqual(readAt, null, 'some snippet of the corpus needs the deferred part');
    assert.deepEqual(reads, { sync: 1, async: 0 }, 'read once, when a run first needed it');
  });

  test('the gallery runs on scopeplay.wasm alone; a later snippet reads the deferred part once', async () => {
    const reads = { sync: 0, async: 0 };
    const instance = await splitInstance(reads);
    const gallery = JSON.parse(await readFile(join(repo, 'web/gallery/gallery.json'), 'utf8'));
    for (const entry of gallery.entries) {
      const source = await readFile(join(repo, 'web/gallery', entry.file), 'utf8');
      const result = await runRecovering(instance, source, { tf: entry.tf, filename: 'snippet.py' });
      assert.notEqual(result.error?.type, 'InternalError', `${entry.file}: ${result.error?.message}`);
    }
    assert.deepEqual(reads, { sync: 0, async: 0 }, 'the gallery needs no deferred code');
    // The Python corpus reaches far beyond the gallery (itertools, % formats, ...).
    const python = (await corpus()).filter((c) => c.path.includes('/golden/python/'));
    for (const { source } of python) await runRecovering(instance, source, { maxCallDepth: 200 });
    assert.deepEqual(reads, { sync: 1, async: 0 });
  });

  test('read ahead of need, the deferred part is installed and no run reads it again, even after a fresh instance', async () => {
    const reads = { sync: 0, async: 0 };
    const instance = await splitInstance(reads);
    await runRecovering(instance, 'print(1)\n');
    await prefetchDeferred(instance);
    assert.deepEqual(reads, { sync: 0, async: 1 });
    const python = (await corpus()).filter((c) => c.path.includes('/golden/python/'));
    for (const { source } of python.slice(0, 200)) await runRecovering(instance, source, { maxCallDepth: 200 });
    // A JavaScript stack overflow discards the module; its successor gets the part at once.
    const deep = 'def f(n):\n    return f(n + 1)\nf(0)\n';
    const result = await runRecovering(instance, deep, { maxCallDepth: 1000000 });
    assert.equal(result.error.type, 'RecursionError');
    for (const { source } of python.slice(200)) await runRecovering(instance, source, { maxCallDepth: 200 });
    assert.deepEqual(reads, { sync: 0, async: 1 });
  });

  test('a failed read ahead of need is tried again by the next one, and a run needing the part before that reads it itself', async () => {
    const bytes = await readFile(join(dist, 'scopeplay.deferred.wasm'));
    const reads = { sync: 0, async: 0 };
    const deferred = {
      read: async () => {
        if (++reads.async === 1) throw new Error('network down');
        return bytes;
      },
      readSync: () => { reads.sync++; return bytes; },
    };
    const wasm = await readFile(join(dist, 'scopeplay.wasm'));
    const needsDeferred = 'import itertools\nprint(list(itertools.permutations([1, 2])))\n';
    const instance = await createInstance(await factory(), wasm, null, deferred);
    await prefetchDeferred(instance);
    assert.deepEqual(reads, { sync: 0, async: 1 });
    await prefetchDeferred(instance);
    assert.deepEqual(reads, { sync: 0, async: 2 });
    assert.equal((await runRecovering(instance, needsDeferred)).stdout, '[(1, 2), (2, 1)]\n');
    assert.deepEqual(reads, { sync: 0, async: 2 }, 'installed by the second read');
    // Another instance whose first read fails: its run reads the part itself.
    const other = { sync: 0, async: 0 };
    const failing = { read: async () => { other.async++; throw new Error('network down'); }, readSync: () => { other.sync++; return bytes; } };
    const second = await createInstance(await factory(), wasm, null, failing);
    await prefetchDeferred(second);
    assert.equal((await runRecovering(second, needsDeferred)).stdout, '[(1, 2), (2, 1)]\n');
    assert.deepEqual(other, { sync: 1, async: 1 });
  });

  test('without scopeplay.deferred.wasm, a snippet that needs it gets a clear error and the engine goes on', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scopeplay-dist-'));
    for (const f of ['scopeplay.mjs', 'scopeplay.wasm', 'scopeplay-tf-builders.txt']) await copyFile(join(dist, f), join(dir, f));
    const needsDeferred = 'import itertools\nprint(list(itertools.permutations([1, 2])))\n';
    for (const worker of [true, false]) {
      const engine = await createEngine({ wasmDir: dir, worker });
      try {
        const result = await engine.run(needsDeferred);
        assert.equal(result.error.type, 'InternalError');
        assert.match(result.error.message, /cannot read scopeplay\.deferred\.wasm/);
        const plain = await engine.run('import tensorflow as tf\nprint(tf.get_variable("a", [1]).name)\n');
        assert.equal(plain.error, null, plain.error?.formatted);
        assert.equal(plain.stdout, 'a:0\n');
      } finally {
        engine.dispose();
      }
      const full = await createEngine({ worker });
      try {
        assert.equal((await full.run(needsDeferred)).stdout, '[(1, 2), (2, 1)]\n');
      } finally {
        full.dispose();
      }
    }
  });
});
