import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as lzModule from 'lz-string';
import {
  ABSENT_VERSION,
  DECODERS,
  MAX_CODE_LENGTH,
  MAX_PACKED_LENGTH,
  decodeFragment,
  encodeFragment,
  type DecodeResult,
} from './codec';

const lz: typeof lzModule = (lzModule as { default?: typeof lzModule }).default ?? lzModule;

function enc(state: Parameters<typeof encodeFragment>[0]): string {
  const f = encodeFragment(state);
  assert.ok(f !== null, 'encodable');
  return f as string;
}

function ok(r: DecodeResult) {
  assert.equal(r.kind, 'ok', JSON.stringify(r));
  if (r.kind !== 'ok') throw new Error('unreachable');
  return r.state;
}

test('round trip: code, TF version, Unicode and emoji', () => {
  const code = 'import tensorflow as tf\nwith tf.name_scope("é 名字 😀"):\n    x = tf.constant(1)\n';
  for (const tf of ['1.15', '1.3'] as const) {
    const fragment = enc({ code, tf });
    assert.match(fragment, /^#v=1&tf=1\.(15|3)&code=[A-Za-z0-9+\-$]+$/);
    assert.deepEqual(ok(decodeFragment(fragment)), { code, tf });
  }
});

test('a gallery entry links by id', () => {
  const fragment = enc({ code: '', tf: '1.3', example: 'seed_4' });
  assert.equal(fragment, '#v=1&tf=1.3&example=seed_4');
  assert.deepEqual(ok(decodeFragment(fragment)), { code: '', tf: '1.3', example: 'seed_4' });
});

test('no fragment is empty; an empty code is an empty editor', () => {
  assert.deepEqual(decodeFragment(''), { kind: 'empty' });
  assert.deepEqual(decodeFragment('#'), { kind: 'empty' });
  assert.deepEqual(ok(decodeFragment('#v=1&tf=1.15&code=')), { code: '', tf: '1.15' });
});

test('frozen format 1: a link written today decodes forever', () => {
  // Produced by format 1's encoder; this exact string must keep decoding.
  const frozen = '#v=1&tf=1.3&code=' + lz.compressToEncodedURIComponent('print(1)\n');
  assert.deepEqual(ok(decodeFragment(frozen)), { code: 'print(1)\n', tf: '1.3' });
  assert.equal(ok(decodeFragment('#v=1&code=BYUwNmD2AEDaC6Q')).code, lz.decompressFromEncodedURIComponent('BYUwNmD2AEDaC6Q'));
});

test('a link without v= uses the fixed absent version, not the latest', () => {
  assert.equal(ABSENT_VERSION, '1');
  const code = 'x = 1\n';
  const state = ok(decodeFragment('#code=' + lz.compressToEncodedURIComponent(code)));
  assert.deepEqual(state, { code, tf: '1.15' });
});

test('the decoder table keeps every version', () => {
  assert.ok(Object.isFrozen(DECODERS));
  assert.deepEqual(Object.keys(DECODERS), ['1']);
});

test('malformed links are errors, never exceptions', () => {
  const cases: Array<[string, string]> = [
    ['#v=99&code=abc', 'unknown-version'],
    ['#v=__proto__&code=abc', 'unknown-version'],
    ['#v=constructor', 'unknown-version'],
    ['#v=1&tf=2.0&code=abc', 'bad-tf'],
    ['#v=1&code=%%%<script>', 'bad-code'],
    ['#v=1&code=' + '!'.repeat(10), 'bad-code'],
    ['#v=1&code=zzzzzzzzzzzzzzzzzzzz', 'bad-code'],
    ['#v=1&example=../../etc', 'bad-example'],
    ['#v=1&code=' + 'A'.repeat(MAX_PACKED_LENGTH + 1), 'too-large'],
    ['#' + 'x'.repeat(300 * 1024), 'too-large'],
  ];
  for (const [fragment, error] of cases) {
    const r = decodeFragment(fragment);
    assert.equal(r.kind, 'error', fragment.slice(0, 40));
    if (r.kind === 'error') assert.equal(r.error, error, fragment.slice(0, 40));
  }
});

test('code size is limited both ways', () => {
  const big = 'x = 1\n'.repeat(Math.ceil((MAX_CODE_LENGTH + 10) / 6));
  assert.equal(encodeFragment({ code: big, tf: '1.15' }), null);
  // A hand-made link carrying too much code is refused after decoding.
  const r = decodeFragment('#v=1&code=' + lz.compressToEncodedURIComponent(big));
  assert.equal(r.kind, 'error');
  if (r.kind === 'error') assert.equal(r.error, 'too-large');
  const fits = 'y = 2\n'.repeat(1000);
  assert.equal(ok(decodeFragment(enc({ code: fits, tf: '1.15' }))).code, fits);
});

test('a decompression bomb is refused quickly', () => {
  // Highly repetitive input packs small and inflates hugely.
  const bomb = lz.compressToEncodedURIComponent('a'.repeat(4_000_000));
  assert.ok(bomb.length < MAX_PACKED_LENGTH);
  const started = Date.now();
  const r = decodeFragment('#v=1&code=' + bomb);
  assert.equal(r.kind, 'error');
  if (r.kind === 'error') assert.equal(r.error, 'too-large');
  assert.ok(Date.now() - started < 2000);
});

test('real snippets of the maximum size stay shareable', () => {
  const line = 'with tf.variable_scope("layer_%d" % i, reuse=tf.AUTO_REUSE):  # 名字\n';
  let code = '';
  for (let i = 0; code.length + line.length + 8 < MAX_CODE_LENGTH; i++) code += line.replace('%d', String(i));
  assert.equal(ok(decodeFragment(enc({ code, tf: '1.3' }))).code, code);
});

test('random garbage never throws', () => {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const alphabet = 'ABCxyz019+-$=&#%v.codetf_~!\u00e9\ud83d\ude00';
  for (let i = 0; i < 2000; i++) {
    let s = '#';
    const n = Math.floor(rnd() * 60);
    for (let j = 0; j < n; j++) s += alphabet[Math.floor(rnd() * alphabet.length)];
    const r = decodeFragment(s);
    assert.ok(['ok', 'error', 'empty'].includes(r.kind));
  }
});
