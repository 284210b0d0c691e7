import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeLink, initialState, shareFragment } from './state';
import { decodeFragment, encodeFragment } from './share/codec';

const gallery = [
  { id: 'seed_5', code: 'print("five")\n', tf: '1.15' as const },
  { id: 'seed_4', code: 'print("four")\n', tf: '1.3' as const },
];

test('no link opens the default entry', () => {
  assert.deepEqual(initialState(decodeFragment(''), gallery, 'seed_5'), { code: 'print("five")\n', tf: '1.15', example: 'seed_5' });
});

test('a code link opens its code and TF version', () => {
  const s = initialState(decodeFragment(encodeFragment({ code: 'x = 1\n', tf: '1.3' }) ?? ''), gallery, 'seed_5');
  assert.deepEqual(s, { code: 'x = 1\n', tf: '1.3', example: undefined });
});

test('an example link opens the entry with the link’s TF version', () => {
  const s = initialState(decodeFragment('#v=1&tf=1.15&example=seed_4'), gallery, 'seed_5');
  assert.deepEqual(s, { code: 'print("four")\n', tf: '1.15', example: 'seed_4' });
});

test('a malformed link opens an empty editor', () => {
  assert.deepEqual(initialState(decodeFragment('#v=7&code=x'), gallery, 'seed_5'), { code: '', tf: '1.15', example: undefined });
  assert.deepEqual(initialState(decodeFragment('#v=1&example=nope'), gallery, 'seed_5'), { code: '', tf: '1.15', example: undefined });
});

test('decodeLink: an unknown gallery entry is a malformed link', () => {
  assert.deepEqual(decodeLink('#v=1&tf=1.15&example=seed_4', gallery), { kind: 'ok', state: { code: '', tf: '1.15', example: 'seed_4' } });
  assert.deepEqual(decodeLink('#v=1&tf=1.15&example=nope', gallery), { kind: 'error', error: 'bad-example', detail: 'nope' });
  assert.deepEqual(decodeLink('', gallery), { kind: 'empty' });
});

test('shareFragment: an unchanged entry by id, edited code by value, both round trip', () => {
  assert.equal(shareFragment({ code: 'print("four")\n', tf: '1.3', example: 'seed_4' }), '#v=1&tf=1.3&example=seed_4');
  const edited = { code: 'x = 1  # 名字\n', tf: '1.15' as const, example: undefined };
  const fragment = shareFragment(edited);
  assert.match(fragment ?? '', /^#v=1&tf=1\.15&code=/);
  assert.deepEqual(initialState(decodeLink(fragment ?? '', gallery), gallery, 'seed_5'), edited);
  assert.equal(shareFragment({ code: 'x'.repeat(40000), tf: '1.15', example: undefined }), null);
});
