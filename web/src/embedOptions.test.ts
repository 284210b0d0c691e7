import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEmbedOptions } from './embedOptions';

test('embed options: defaults', () => {
  assert.deepEqual(parseEmbedOptions(''), { readOnly: false, theme: 'system', lang: null });
  assert.deepEqual(parseEmbedOptions('?embed=1'), { readOnly: false, theme: 'system', lang: null });
});

test('embed options: read-only, theme and language', () => {
  assert.deepEqual(parseEmbedOptions('?readonly=1&theme=dark&lang=zh-CN'), { readOnly: true, theme: 'dark', lang: 'zh' });
  assert.equal(parseEmbedOptions('?readonly').readOnly, true);
  assert.equal(parseEmbedOptions('?readonly=true').readOnly, true);
  assert.equal(parseEmbedOptions('?readonly=0').readOnly, false);
  assert.equal(parseEmbedOptions('?readonly=false').readOnly, false);
  assert.equal(parseEmbedOptions('?theme=light').theme, 'light');
  assert.equal(parseEmbedOptions('?lang=EN').lang, 'en');
});

test('embed options: anything else falls back to the defaults', () => {
  assert.deepEqual(parseEmbedOptions('?theme=<script>&lang=fr&readonly=0'), { readOnly: false, theme: 'system', lang: null });
  assert.equal(parseEmbedOptions('?theme=Dark').theme, 'system');
  assert.equal(parseEmbedOptions('?lang=zhx').lang, null);
});
