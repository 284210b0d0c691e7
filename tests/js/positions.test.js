// The byte-column -> UTF-16-column helper (web/src/engine/positions.js).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { byteToUtf16Column, columnConverter, convertPositions } from '../../web/src/engine/positions.js';

test('ASCII columns are unchanged', () => {
  assert.equal(byteToUtf16Column('x = 1', 1), 1);
  assert.equal(byteToUtf16Column('x = 1', 5), 5);
  assert.equal(byteToUtf16Column('x = 1', 6), 6); // one past the end
});

test('é: two UTF-8 bytes, one UTF-16 unit', () => {
  const line = 'é = nom';
  assert.equal(byteToUtf16Column(line, 1), 1);
  assert.equal(byteToUtf16Column(line, 3), 2); // the space after é
  assert.equal(byteToUtf16Column(line, 4), 3); // '='
  assert.equal(line[3 - 1], '=');
});

test('CJK: three UTF-8 bytes, one UTF-16 unit', () => {
  const line = '变量 = 1';
  assert.equal(byteToUtf16Column(line, 4), 2);
  assert.equal(byteToUtf16Column(line, 7), 3);
  assert.equal(byteToUtf16Column(line, 8), 4);
});

test('emoji: four UTF-8 bytes, two UTF-16 units (a surrogate pair)', () => {
  const line = "s = '🙂' + x";
  // bytes: s(1) ' '(2) =(3) ' '(4) '(5) 🙂(6..9) '(10) ' '(11) +(12) ' '(13) x(14)
  assert.equal(byteToUtf16Column(line, 6), 6);
  assert.equal(byteToUtf16Column(line, 10), 8);
  assert.equal(byteToUtf16Column(line, 14), 12);
  assert.equal(line[12 - 1], 'x');
});

test('a column inside a multi-byte character maps to its start', () => {
  assert.equal(byteToUtf16Column('🙂x', 3), 1);
  assert.equal(byteToUtf16Column('🙂x', 5), 3);
});

test('columnConverter works per line and leaves ASCII sources alone', () => {
  const src = 'a = 1\nb = "é"\nc = 🙂 + 1\n';
  const conv = columnConverter(src);
  assert.equal(conv(1, 3), 3);
  assert.equal(conv(2, 8), 7); // closing quote after é
  assert.equal(conv(3, 10), 8); // '+'
  assert.equal(src.split('\n')[2][8 - 1], '+');
  assert.equal(columnConverter('x\ny')(2, 1), 1);
});

test('convertPositions converts the error, its frames in the snippet, and events', () => {
  const src = 'x = "é"\ny = 🙂z\n';
  const result = {
    error: {
      line: 2, column: 5, endLine: 2, endColumn: 10,
      traceback: [
        { filename: 'a.py', line: 2, column: 5, endLine: 2, endColumn: 10 },
        { filename: 'other.py', line: 2, column: 5, endLine: 2, endColumn: 10 },
      ],
    },
    events: [{ line: 2, column: 9 }],
  };
  convertPositions(result, src, 'a.py');
  assert.deepEqual([result.error.column, result.error.endColumn], [5, 8]);
  assert.deepEqual([result.error.traceback[0].column, result.error.traceback[0].endColumn], [5, 8]);
  assert.deepEqual([result.error.traceback[1].column, result.error.traceback[1].endColumn], [5, 10]);
  assert.equal(result.events[0].column, 7);
  assert.equal(src.split('\n')[1].slice(5 - 1, 8 - 1), '🙂z');
});
