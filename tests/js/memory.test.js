// Many runs in a row must not leak: the engine's heap in use, the size of the
// WebAssembly memory and the process RSS after 10,000 runs stay where they
// were after 1,000. SCOPEPLAY_MEMORY_RUNS changes the 10,000.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { createEngine } from '../../web/src/engine/node.js';

const SNIPPETS = [
  [
    'import tensorflow as tf',
    "with tf.variable_scope('V1'):",
    "    a = tf.get_variable('a1', shape=[2, 3])",
    "    b = tf.Variable(tf.zeros([2]), name='b')",
    "with tf.variable_scope('V1', reuse=True):",
    "    a2 = tf.get_variable('a1')",
    "with tf.name_scope('n'):",
    '    c = tf.add(a, 1.0)',
    'print(a.name, b.name, a2.name, c.name)',
    '',
  ].join('\n'),
  'def f(n):\n    return [i * i for i in range(n)]\nprint(sum(f(50)), {"k": "é🙂"})\n',
  'print(undefined_name)\n',
  // The TF builders, provided to the engine on the first run that needs them.
  'import tensorflow as tf\nx = tf.placeholder(tf.float32, [2, 3])\nprint(tf.layers.dense(x, 4).name)\n',
  'def f(:\n',
  'def r(n):\n    return n if n > 50 else r(n + 1)\ntry:\n    raise ValueError(r(0))\nexcept ValueError as e:\n    print(e)\n',
];

test('memory stays flat from 1,000 to 10,000 runs', async () => {
  const total = Number(process.env.SCOPEPLAY_MEMORY_RUNS ?? 10000);
  const engine = await createEngine({ worker: false });
  const runs = async (n) => {
    for (let i = 0; i < n; ++i) await engine.run(SNIPPETS[i % SNIPPETS.length], { filename: 'snippet.py' });
  };
  await runs(1000);
  globalThis.gc?.();
  const first = { ...(await engine.stats()), rss: process.memoryUsage().rss };
  await runs(total - 1000);
  globalThis.gc?.();
  const last = { ...(await engine.stats()), rss: process.memoryUsage().rss };
  const mb = (b) => (b / 1048576).toFixed(2);
  console.log(`after 1000 runs: heap in use ${first.heapUsedBytes} B, wasm memory ${mb(first.heapSizeBytes)} MiB, rss ${mb(first.rss)} MiB`);
  console.log(`after ${total} runs: heap in use ${last.heapUsedBytes} B, wasm memory ${mb(last.heapSizeBytes)} MiB, rss ${mb(last.rss)} MiB`);
  assert.ok(last.heapUsedBytes - first.heapUsedBytes <= 4096, 'heap in use grew');
  assert.equal(last.heapSizeBytes, first.heapSizeBytes, 'WebAssembly memory grew');
  assert.ok(last.rss - first.rss < 64 * 1048576, 'process RSS grew by more than 64 MiB');
  engine.dispose();
});
