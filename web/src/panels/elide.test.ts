import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RENDER_LIMIT, elide } from './elide';

test('short output is shown whole', () => {
  assert.equal(elide('a\n'.repeat(10)), null);
  assert.equal(elide('x'.repeat(RENDER_LIMIT)), null);
});

test('long output keeps its beginning and its end, cut at line ends', () => {
  const lines = Array.from({ length: 50_000 }, (_, i) => `line ${i}`);
  const text = lines.join('\n') + '\nTraceback (most recent call last):\nOutputLimitError: output exceeded 1048576 bytes\n';
  const e = elide(text);
  if (!e) throw new Error('not elided');
  assert.ok(e.head.startsWith('line 0\nline 1\n'));
  assert.ok(e.head.endsWith('\n'));
  assert.ok(e.tail.endsWith('OutputLimitError: output exceeded 1048576 bytes\n'));
  assert.match(e.tail, /^line \d+\n/);
  assert.ok(e.head.length + e.tail.length <= RENDER_LIMIT);
  // Nothing is lost or repeated: head + hidden + tail is the text.
  assert.equal(e.head.length + e.hiddenChars + e.tail.length, text.length);
  const shownLines = (e.head + e.tail).split('\n').length - 1;
  assert.equal(shownLines + e.hiddenLines, text.split('\n').length - 1);
});

test('a single enormous line is cut by length, never inside a surrogate pair', () => {
  const text = '😀'.repeat(RENDER_LIMIT);  // two UTF-16 code units each
  const e = elide(text, 1001);
  if (!e) throw new Error('not elided');
  assert.equal(e.head.length % 2, 0);
  assert.equal(e.tail.length % 2, 0);
  assert.equal(e.head.length + e.hiddenChars + e.tail.length, text.length);
});
