import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_LINE_CHARS, decorateLines } from './overlay';
import { errorRange, errorSummary, type LineAnnotation } from '../diagnostics';
import type { RunError } from '../types';

function err(partial: Partial<RunError>): RunError {
  return { type: 'NameError', message: '', line: 0, column: 0, endLine: 0, endColumn: 0, limit: false, traceback: [], formatted: '', ...partial };
}
const lens = (text: string) => text.split('\n').map((l) => l.length);
/** The line back from its segments, with the error part in [brackets]. */
const split = (text: string) => text.split('\n');
const show = (text: string, range: ReturnType<typeof errorRange>) =>
  decorateLines(split(text), range, []).map((l) => l.segments.map((s) => (s.error ? `[${s.text}]` : s.text)).join(''));

test('plain editor layer: the error range is cut out of its line, nothing else changes', () => {
  const text = 'x = 1\nprint(x + undefined_name)\n';
  const range = errorRange(err({ line: 2, column: 11, endLine: 2, endColumn: 25 }), lens(text));
  assert.deepEqual(show(text, range), ['x = 1', 'print(x + [undefined_name])', '']);
  const lines = decorateLines(split(text), range, []);
  assert.deepEqual(lines.map((l) => l.errorLine), [false, true, false]);
  // Without an error, every line is one plain segment with the text unchanged.
  assert.deepEqual(
    decorateLines(split(text), null, []).map((l) => l.segments),
    [[{ text: 'x = 1', error: false }], [{ text: 'print(x + undefined_name)', error: false }], [{ text: '', error: false }]],
  );
});

test('plain editor layer: columns are UTF-16 code units (é, emoji)', () => {
  const text = 's = "é😀"; print(s + nope)';
  // "nope" starts at UTF-16 column 22 (the emoji is two code units).
  const range = errorRange(err({ line: 1, column: 22, endLine: 1, endColumn: 26 }), lens(text));
  assert.deepEqual(show(text, range), ['s = "é😀"; print(s + [nope])']);
});

test('plain editor layer: a range at or past the end of a line still shows', () => {
  const text = 'if x\n    pass';
  // A SyntaxError just after "if x" (column 5 = one past the end).
  const range = errorRange(err({ type: 'SyntaxError', line: 1, column: 5, endLine: 1, endColumn: 5 }), lens(text));
  assert.deepEqual(show(text, range), ['if x[ ]', '    pass']);
  // No column: the whole line.
  assert.deepEqual(show(text, errorRange(err({ line: 2, column: 0 }), lens(text))), ['if x', '[    pass]']);
});

test('plain editor layer: a range over several lines marks each part', () => {
  const text = 'a = f(1,\n      2,\n      3)\nb = 2';
  const range = errorRange(err({ line: 1, column: 5, endLine: 3, endColumn: 9 }), lens(text));
  assert.deepEqual(show(text, range), ['a = [f(1,][ ]', '[      2,][ ]', '[      3)]', 'b = 2']);
  assert.deepEqual(decorateLines(split(text), range, []).map((l) => l.errorLine), [true, true, true, false]);
  // A range ending at column 1 of a line does not touch that line.
  const upTo = errorRange(err({ line: 1, column: 1, endLine: 2, endColumn: 1 }), lens(text));
  assert.deepEqual(decorateLines(split(text), upTo, []).map((l) => l.errorLine), [true, false, false, false]);
});

test('plain editor layer: inline names sit on their lines', () => {
  const names: LineAnnotation[] = [
    { line: 2, label: '→ V1/a:0', why: ['variable V1/a:0'] },
    { line: 9, label: '→ gone', why: [] },
  ];
  const lines = decorateLines(split('import tensorflow as tf\na = tf.Variable(1.0, name="a")\n'), null, names);
  assert.equal(lines.length, 3);
  assert.equal(lines[0].name, undefined);
  assert.equal(lines[1].name?.label, '→ V1/a:0');
  assert.equal(lines[2].name, undefined);
});

test('plain editor layer: only the lines asked for, numbered in the whole text', () => {
  const lines = Array.from({ length: 1000 }, (_, i) => `x${i} = ${i}`);
  const range = errorRange(err({ line: 500, column: 1, endLine: 500, endColumn: 5 }), lines.map((l) => l.length));
  const names: LineAnnotation[] = [{ line: 501, label: '→ n', why: [] }];
  const part = decorateLines(lines, range, names, 490, 510);
  assert.equal(part.length, 20);
  assert.deepEqual([part[0].line, part[19].line], [491, 510]);
  assert.deepEqual(part[9].segments, [{ text: 'x499', error: true }, { text: ' = 499', error: false }]);
  assert.equal(part[10].name?.label, '→ n');
  assert.deepEqual(decorateLines(lines, null, [], 995, 2000).map((l) => l.line), [996, 997, 998, 999, 1000]);
});

test('plain editor layer: an overlong line is drawn cut short, without marks or name', () => {
  const long = 'y = "' + 'z'.repeat(MAX_LINE_CHARS * 3) + '" + nope';
  const lines = ['x = 1', long];
  const range = errorRange(err({ line: 2, column: long.length - 3, endLine: 2, endColumn: long.length + 1 }), lines.map((l) => l.length));
  const [, d] = decorateLines(lines, range, [{ line: 2, label: '→ y', why: [] }]);
  assert.equal(d.errorLine, true);
  assert.equal(d.name, undefined);
  assert.deepEqual(d.segments, [{ text: long.slice(0, MAX_LINE_CHARS), error: false }]);
});

test('error summary: type and the first line of the message', () => {
  assert.equal(errorSummary(err({ message: "name 'x' is not defined" })), "NameError: name 'x' is not defined");
  assert.equal(
    errorSummary(err({ type: 'ValueError', message: 'Variable a exists. Originally defined at:\n\n  File "snippet.py", line 4' })),
    'ValueError: Variable a exists. Originally defined at:',
  );
  assert.equal(errorSummary(err({ type: 'KeyboardInterrupt' })), 'KeyboardInterrupt');
  assert.equal(errorSummary(err({ message: 'x'.repeat(1000) })).length, 300);
});
