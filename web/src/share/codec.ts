// Share links: the playground's state in the URL fragment.
//
//   #v=1&tf=1.15&code=<lz-string, URI-safe>     (optionally &example=<gallery id>)
//
// Links live forever in tutorials and chat logs, so every format version ever
// written keeps its decoder in DECODERS, and a link without `v` is read with a
// fixed version (ABSENT_VERSION), never "the latest". Links are untrusted:
// decoding never throws, and it caps what it inflates.
import * as lzModule from 'lz-string';
import { TF_VERSIONS, type TfVersion } from '../types';

export const CURRENT_VERSION = '1';
/** The format a link with no `v=` is read as. Never change this. */
export const ABSENT_VERSION = '1';
export const DEFAULT_TF: TfVersion = '1.15';
/** Longest snippet a link may carry (UTF-16 code units), and longest fragment read at all. */
export const MAX_CODE_LENGTH = 32 * 1024;
export const MAX_FRAGMENT_LENGTH = 64 * 1024;
/**
 * Longest compressed code accepted. LZ decompression can grow quadratically
 * (each code may repeat the longest entry so far): 16 Ki characters inflate to
 * at most a few tens of millions, decoded in well under a second, then refused
 * by MAX_CODE_LENGTH. Real snippets of MAX_CODE_LENGTH pack far below it.
 */
export const MAX_PACKED_LENGTH = 16 * 1024;

export interface ShareState {
  code: string;
  tf: TfVersion;
  /** Gallery entry the snippet came from, when the link names one instead of code. */
  example?: string;
}

export type DecodeError =
  | 'unknown-version'
  | 'bad-code'
  | 'too-large'
  | 'bad-tf'
  | 'bad-example';

export type DecodeResult =
  | { kind: 'empty' }
  | { kind: 'ok'; state: ShareState }
  | { kind: 'error'; error: DecodeError; detail: string };

// lz-string is CommonJS: bundlers expose its functions by name, Node only as `default`.
const lz: typeof lzModule = (lzModule as { default?: typeof lzModule }).default ?? lzModule;

type Params = Map<string, string>;
type Decoder = (p: Params) => DecodeResult;

function parseFragment(fragment: string): Params {
  const params: Params = new Map();
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  for (const part of body.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : part.slice(eq + 1);
    if (!params.has(key)) params.set(key, value);
  }
  return params;
}

function decodeTf(p: Params): TfVersion | null {
  const raw = p.get('tf');
  if (raw === undefined || raw === '') return DEFAULT_TF;
  return (TF_VERSIONS as readonly string[]).includes(raw) ? (raw as TfVersion) : null;
}

const EXAMPLE_ID = /^[a-z0-9_-]{1,64}$/;

/** Format 1: tf, then code (lz-string URI component) or example (gallery id). */
const decodeV1: Decoder = (p) => {
  const tf = decodeTf(p);
  if (tf === null) return { kind: 'error', error: 'bad-tf', detail: String(p.get('tf')).slice(0, 20) };
  const example = p.get('example');
  if (example !== undefined && !p.has('code')) {
    if (!EXAMPLE_ID.test(example)) return { kind: 'error', error: 'bad-example', detail: example.slice(0, 64) };
    return { kind: 'ok', state: { code: '', tf, example } };
  }
  const packed = p.get('code') ?? '';
  if (packed === '') return { kind: 'ok', state: { code: '', tf } };
  // lz-string's URI alphabet; anything else means the link was mangled.
  if (!/^[A-Za-z0-9+\-$]*$/.test(packed)) return { kind: 'error', error: 'bad-code', detail: '' };
  if (packed.length > MAX_PACKED_LENGTH) return { kind: 'error', error: 'too-large', detail: '' };
  let code: string | null;
  try {
    code = lz.decompressFromEncodedURIComponent(packed);
  } catch {
    code = null;
  }
  if (code === null || (code === '' && packed !== '')) return { kind: 'error', error: 'bad-code', detail: '' };
  if (code.length > MAX_CODE_LENGTH) return { kind: 'error', error: 'too-large', detail: '' };
  return { kind: 'ok', state: { code, tf } };
};

/** Every link format ever published. Add new versions; never remove or change one. */
export const DECODERS: Readonly<Record<string, Decoder>> = Object.freeze({ '1': decodeV1 });

export function decodeFragment(fragment: string): DecodeResult {
  if (fragment.length > MAX_FRAGMENT_LENGTH) return { kind: 'error', error: 'too-large', detail: '' };
  const params = parseFragment(fragment);
  if (params.size === 0) return { kind: 'empty' };
  const version = params.get('v') ?? ABSENT_VERSION;
  const decoder = Object.prototype.hasOwnProperty.call(DECODERS, version) ? DECODERS[version] : undefined;
  if (!decoder) return { kind: 'error', error: 'unknown-version', detail: version.slice(0, 20) };
  return decoder(params);
}

/** The fragment for `state`, or null when its code is too large to share. */
export function encodeFragment(state: ShareState): string | null {
  if (state.example && state.code === '') return `#v=${CURRENT_VERSION}&tf=${state.tf}&example=${state.example}`;
  if (state.code.length > MAX_CODE_LENGTH) return null;
  const packed = lz.compressToEncodedURIComponent(state.code);
  if (packed.length > MAX_PACKED_LENGTH) return null;
  return `#v=${CURRENT_VERSION}&tf=${state.tf}&code=${packed}`;
}
