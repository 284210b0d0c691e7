// The hostile-input suite in the WebAssembly build: the cases of
// tests/hostile/cases.txt (the native runner is tests/hostile/hostile_test.cpp)
// run through the engine's Node API in a worker thread, with the browser's
// wall-clock limit. Each must end within its time with the expected error (or
// none) on the expected line and the expected output, and the next run in the
// same engine must work normally.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { createEngine } from '../../web/src/engine/node.js';
import { WALL_CLOCK_TIMEOUT, lastErrorLine, loadCases } from '../hostile/cases.mjs';

describe('hostile inputs in the WebAssembly engine', () => {
  let engine;
  before(async () => {
    engine = await createEngine();
  });
  after(() => engine.dispose());

  for (const c of loadCases()) {
    test(c.name, async (t) => {
      const started = performance.now();
      const result = await engine.run(c.source, { filename: 'snippet.py' });
      const seconds = (performance.now() - started) / 1000;
      t.diagnostic(`${lastErrorLine(result)} (${seconds.toFixed(2)} s)`);
      if (lastErrorLine(result) === WALL_CLOCK_TIMEOUT && c.error !== WALL_CLOCK_TIMEOUT) {
        // On a slow machine the host's wall clock can stop a heavy run first.
        assert.equal(result.error.limit, true);
      } else {
        assert.equal(lastErrorLine(result), c.error);
        assert.equal(result.stdout.length, c.stdout.length);
        assert.ok(result.stdout === c.stdout, 'stdout differs');
        assert.equal(result.outputTruncated, c.error.startsWith('OutputLimitError'));
      }
      if (result.error) {
        if (lastErrorLine(result) === c.error) assert.equal(result.error.line, c.line);
        assert.ok(result.error.formatted.includes(lastErrorLine(result)), result.error.formatted);
      }
      assert.ok(seconds < c.seconds, `took ${seconds.toFixed(2)} s, limit ${c.seconds} s`);

      const next = await engine.run("import tensorflow as tf\nprint(tf.constant(1, name='c').name, 6 * 7)\n");
      assert.equal(next.error, null, next.error?.formatted);
      assert.equal(next.stdout, 'c:0 42\n');
    });
  }
});
