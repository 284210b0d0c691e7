// The JavaScript API over the WebAssembly build (web/src/engine/), in Node:
// results, error positions in UTF-16 columns, the worker's wall-clock limit,
// concurrent runs, and the Node loader. Needs the `wasm` preset's build
// (build/wasm/dist) or SCOPEPLAY_WASM_DIR.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { createEngine } from '../../web/src/engine/node.js';

/** UTF-16 column (1-based) of `needle` on line `line` of `source`. */
function columnOf(source, line, needle) {
  const index = source.split('\n')[line - 1].indexOf(needle);
  assert.ok(index >= 0, `${needle} not on line ${line}`);
  return index + 1;
}

describe('engine in a worker thread', () => {
  let engine;
  before(async () => {
    engine = await createEngine();
  });
  after(() => engine.dispose());

  test('runs a snippet and returns the CLI --json data', async () => {
    const result = await engine.run('print(1 + 1)\n', { tf: '1.15', filename: 'snippet.py' });
    assert.equal(result.stdout, '2\n');
    assert.equal(result.stderr, '');
    assert.equal(result.error, null);
    for (const key of ['variables', 'ops', 'scopes', 'events']) assert.ok(Array.isArray(result[key]), key);
  });

  test('reports TF names', async () => {
    const source = [
      'import tensorflow as tf',
      "with tf.variable_scope('V1'):",
      "    a = tf.get_variable('a1', shape=[2, 3])",
      'print(a.name)',
      '',
    ].join('\n');
    const result = await engine.run(source, { tf: '1.15', filename: 'snippet.py' });
    assert.equal(result.error, null, result.error?.formatted);
    assert.equal(result.stdout, 'V1/a1:0\n');
    assert.ok(result.variables.some((v) => v.name === 'V1/a1:0'));
  });

  test('error positions: type, line, columns, traceback', async () => {
    const source = 'x = 1\ny = x + undefined_name\n';
    const result = await engine.run(source, { filename: 'snippet.py' });
    assert.equal(result.error.type, 'NameError');
    assert.equal(result.error.message, "name 'undefined_name' is not defined");
    assert.equal(result.error.line, 2);
    assert.equal(result.error.column, columnOf(source, 2, 'undefined_name'));
    assert.equal(result.error.endColumn, result.error.column + 'undefined_name'.length);
    const frame = result.error.traceback.at(-1);
    assert.equal(frame.filename, 'snippet.py');
    assert.equal(frame.line, 2);
    assert.match(result.error.formatted, /NameError: name 'undefined_name' is not defined\n$/);
  });

  test('columns are UTF-16 code units: é, CJK and emoji before the error', async () => {
    for (const prefix of ['"é"', '"变量"', '"🙂"', '"é变🙂"']) {
      const source = `s = ${prefix} + undefined_name\n`;
      const result = await engine.run(source, { filename: 'snippet.py' });
      assert.equal(result.error?.type, 'NameError', source);
      const column = columnOf(source, 1, 'undefined_name');
      assert.equal(result.error.column, column, source);
      assert.equal(result.error.endColumn, column + 'undefined_name'.length, source);
      assert.equal(source.slice(result.error.column - 1, result.error.endColumn - 1), 'undefined_name');
    }
  });

  test('a syntax error is a result, not an exception', async () => {
    const result = await engine.run('def f(:\n', { filename: 'snippet.py' });
    assert.equal(result.error.type, 'SyntaxError');
    assert.equal(result.error.line, 1);
  });

  test('concurrent runs each get their own result, in order', async () => {
    const runs = Array.from({ length: 25 }, (_, i) => engine.run(`print(${i} * 2)\n`));
    const results = await Promise.all(runs);
    results.forEach((r, i) => assert.equal(r.stdout, `${i * 2}\n`));
  });

  test('the step budget stops a runaway loop before the wall clock', async () => {
    const result = await engine.run('while True:\n    pass\n', { maxSteps: 100000 });
    assert.ok(result.error, 'expected an error');
    assert.equal(result.error.limit, true);
    assert.match(result.error.message, /100000 steps/);
  });
});

describe('wall-clock limit', () => {
  test('a run longer than the limit is stopped with a TimeoutError; the engine goes on', async () => {
    const engine = await createEngine({ timeoutMs: 2000 });
    try {
      const spin = 'while True:\n    pass\n';
      const started = Date.now();
      const [slow, queued] = await Promise.all([
        engine.run(spin, { maxSteps: 1e15 }),
        engine.run('print("after")\n'),
      ]);
      assert.equal(slow.error.type, 'TimeoutError');
      assert.equal(slow.error.message, 'the run took longer than 2 s and was stopped');
      assert.equal(slow.error.limit, true);
      assert.equal(slow.stdout, '');
      assert.ok(Date.now() - started >= 2000);
      assert.equal(queued.error, null);
      assert.equal(queued.stdout, 'after\n');
      const again = await engine.run('print(7)\n');
      assert.equal(again.stdout, '7\n');
    } finally {
      engine.dispose();
    }
  });

  test('a per-run timeoutMs overrides the default', async () => {
    const engine = await createEngine();
    try {
      const result = await engine.run('while True:\n    pass\n', { maxSteps: 1e15, timeoutMs: 200 });
      assert.equal(result.error.type, 'TimeoutError');
      assert.equal(result.error.message, 'the run took longer than 0.2 s and was stopped');
    } finally {
      engine.dispose();
    }
  });

  test('dispose rejects pending runs', async () => {
    const engine = await createEngine();
    const pending = engine.run('while True:\n    pass\n', { maxSteps: 1e15 });
    engine.dispose();
    await assert.rejects(pending, /disposed/);
    await assert.rejects(engine.run('print(1)'), /disposed/);
  });
});

describe('in-process engine and the package entry point', () => {
  test("import { createEngine } from 'scopeplay' resolves to the Node loader", async () => {
    const pkg = await import('scopeplay');
    assert.equal(typeof pkg.createEngine, 'function');
    const engine = await pkg.createEngine({ worker: false });
    const result = await engine.run('print("hi")\n');
    assert.equal(result.stdout, 'hi\n');
    engine.dispose();
  });

  test('in-process and worker engines give identical results', async () => {
    const source = 'import tensorflow as tf\nwith tf.name_scope("a"):\n    c = tf.constant(1, name="c")\nprint(c.name)\nprint(undefined_name)\n';
    const local = await createEngine({ worker: false });
    const remote = await createEngine();
    try {
      assert.deepEqual(await local.run(source, { filename: 's.py' }), await remote.run(source, { filename: 's.py' }));
    } finally {
      local.dispose();
      remote.dispose();
    }
  });
});

// The .wasm leaves the TF builders' Python out (scopeplay-tf-builders.txt,
// next to it): the engines read it the first time a snippet needs it.
describe('the TF builders, read when first needed', () => {
  const source = [
    'import tensorflow as tf',
    'x = tf.placeholder(tf.float32, [2, 3])',
    'y = tf.layers.dense(x, 4)',
    'print(y.name)',
    'print([v.name for v in tf.trainable_variables()])',
    '',
  ].join('\n');
  const expected = "dense/BiasAdd:0\n['dense/kernel:0', 'dense/bias:0']\n";

  /** A copy of the engine's folder, with the bundle replaced by `bundle` (null: none). */
  async function distWith(bundle) {
    const { mkdtemp, copyFile, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    const from = process.env.SCOPEPLAY_WASM_DIR ?? fileURLToPath(new URL('../../build/wasm/dist/', import.meta.url));
    const dir = await mkdtemp(join(tmpdir(), 'scopeplay-dist-'));
    for (const f of ['scopeplay.mjs', 'scopeplay.wasm', 'scopeplay.deferred.wasm']) await copyFile(join(from, f), join(dir, f));
    if (bundle !== null) await writeFile(join(dir, 'scopeplay-tf-builders.txt'), bundle);
    return { dir, from };
  }

  for (const worker of [true, false]) {
    test(`${worker ? 'worker' : 'in-process'}: a snippet using tf.layers runs as natively`, async () => {
      const engine = await createEngine({ worker });
      try {
        for (let i = 0; i < 2; i++) {
          const result = await engine.run(source, { filename: 'snippet.py' });
          assert.equal(result.error, null, result.error?.formatted);
          assert.equal(result.stdout, expected);
          assert.equal(result.needs, undefined);
          assert.deepEqual(result.variables.map((v) => v.name), ['dense/kernel:0', 'dense/bias:0']);
        }
      } finally {
        engine.dispose();
      }
    });
  }

  test('without the bundle: a clear ImportError at the snippet line, and plain TF still runs', async () => {
    const { dir } = await distWith(null);
    for (const worker of [true, false]) {
      const engine = await createEngine({ wasmDir: dir, worker });
      try {
        const result = await engine.run(source, { filename: 'snippet.py' });
        assert.equal(result.needs, 'tf-builders');
        assert.equal(result.error.type, 'ImportError');
        assert.match(result.error.message, /tf\.layers, Keras, RNN cells, optimizers and tf\.gradients/);
        assert.equal(result.error.line, 3);
        assert.equal(result.stdout, '');
        const plain = await engine.run('import tensorflow as tf\nprint(tf.constant(1, name="c").name)\n');
        assert.equal(plain.error, null, plain.error?.formatted);
        assert.equal(plain.stdout, 'c:0\n');
      } finally {
        engine.dispose();
      }
    }
  });

  test("another engine's or an altered bundle is refused", async () => {
    const { readFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { from } = await distWith(null);
    const good = await readFile(join(from, 'scopeplay-tf-builders.txt'), 'utf8');
    for (const bad of ['', 'print(1)\n', good.replace('def ', 'def  '), good.slice(0, -10)]) {
      const { dir } = await distWith(bad);
      const engine = await createEngine({ wasmDir: dir, worker: false });
      try {
        const result = await engine.run(source, { filename: 'snippet.py' });
        assert.equal(result.needs, 'tf-builders');
        assert.equal(result.error.type, 'ImportError');
      } finally {
        engine.dispose();
      }
    }
  });
});
