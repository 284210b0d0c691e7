import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorRange, lineAnnotations, originalDefinitionLine } from './diagnostics';
import { outputText, toRunResult } from './types';
import type { RunError } from './types';

function err(partial: Partial<RunError>): RunError {
  return { type: 'ValueError', message: '', line: 0, column: 0, endLine: 0, endColumn: 0, limit: false, traceback: [], formatted: '', ...partial };
}

test('error range: exact, clamped, whole line when no column', () => {
  const lens = [10, 20, 5];
  assert.deepEqual(errorRange(err({ line: 2, column: 3, endLine: 2, endColumn: 8 }), lens), { startLine: 2, startColumn: 3, endLine: 2, endColumn: 8 });
  assert.deepEqual(errorRange(err({ line: 2, column: 0 }), lens), { startLine: 2, startColumn: 1, endLine: 2, endColumn: 21 });
  assert.deepEqual(errorRange(err({ line: 3, column: 5, endLine: 3, endColumn: 5 }), lens), { startLine: 3, startColumn: 5, endLine: 3, endColumn: 6 });
  assert.deepEqual(errorRange(err({ line: 9, column: 50 }), lens), { startLine: 3, startColumn: 6, endLine: 3, endColumn: 7 });
  assert.equal(errorRange(err({ line: 0 }), lens), null);
});

test('originally defined at: the line in our file', () => {
  const message =
    'Variable a1 already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally defined at:\n\n  File "snippet.py", line 4, in <module>\n    a1 = tf.get_variable(...)\n';
  assert.equal(originalDefinitionLine(err({ message }), 'snippet.py'), 4);
  assert.equal(originalDefinitionLine(err({ message }), 'other.py'), null);
  assert.equal(originalDefinitionLine(err({ message: 'nothing' }), 'snippet.py'), null);
  assert.equal(originalDefinitionLine(null, 'snippet.py'), null);
});

test('inline names: variables before ops, one label per line, reasons kept', () => {
  const a = lineAnnotations([
    { line: 3, column: 1, kind: 'op', requested: 'random_normal', result: 'V1/random_normal', reason: 'in name scope V1/' },
    { line: 3, column: 1, kind: 'variable', requested: 'a2', result: 'V1/a2:0', reason: 'tf.Variable under name scope V1/' },
    { line: 5, column: 1, kind: 'op', requested: 'add', result: 'add_1', reason: 'add was taken' },
    { line: 0, column: 0, kind: 'op', requested: 'x', result: 'x', reason: '' },
  ]);
  assert.deepEqual(a.map((x) => [x.line, x.label]), [[3, '→ V1/a2:0'], [5, '→ add_1']]);
  assert.equal(a[0].why.length, 2);
  assert.match(a[1].why[0], /add → add_1: add was taken/);
});

test('inline names: a re-entered variable scope shows where its ops go', () => {
  const a = lineAnnotations([
    { line: 2, column: 0, kind: 'name_scope', requested: 'V1', result: 'V1_1/', reason: 'taken' },
    { line: 2, column: 0, kind: 'variable_scope', requested: 'V1', result: 'V1', reason: 'not uniquified' },
    { line: 4, column: 0, kind: 'name_scope', requested: 'vs', result: 'vs/', reason: '' },
    { line: 4, column: 0, kind: 'variable_scope', requested: 'vs', result: 'vs', reason: '' },
    ...Array.from({ length: 6 }, (_, i) => ({ line: 6, column: 0, kind: 'op', requested: 'x', result: `s/op${i}`, reason: '' })),
  ]);
  assert.deepEqual(a.map((x) => x.label), ['→ V1/ (ops in V1_1/)', '→ vs/', '→ s/op5']);
  assert.equal(a[2].why.length, 4);
  assert.equal(a[2].why[3], '+3 op(s)');
});

test('results are validated at the boundary; output text is stdout + stderr + traceback', () => {
  const r = toRunResult({ stdout: 'a\n', stderr: 'w\n', error: { type: 'NameError', formatted: 'Traceback...\nNameError: x\n', line: '2' }, variables: 'nope' });
  assert.equal(r.error?.line, 0);
  assert.deepEqual(r.variables, []);
  assert.equal(outputText(r), 'a\nw\nTraceback...\nNameError: x\n');
  assert.equal(outputText(toRunResult(null)), '');
});
