// The playground's state (code, TF version, gallery entry) and how a share
// link's decoding result turns into the state the page opens with.
import { decodeFragment, encodeFragment, type DecodeResult } from './share/codec';
import type { TfVersion } from './types';

export interface AppState {
  code: string;
  tf: TfVersion;
  /** Set while the editor holds a gallery entry unchanged. */
  example: string | undefined;
}

export interface EntryLike {
  id: string;
  code: string;
  tf: TfVersion;
}

/**
 * No link: the default gallery entry. A valid link: its code (or gallery entry).
 * A malformed link: an empty editor (the page says why), never a half-decoded snippet.
 */
export function initialState(decoded: DecodeResult, gallery: readonly EntryLike[], defaultId: string): AppState {
  if (decoded.kind === 'error') return { code: '', tf: '1.15', example: undefined };
  if (decoded.kind === 'empty') {
    const entry = gallery.find((e) => e.id === defaultId) ?? gallery[0];
    return entry ? { code: entry.code, tf: entry.tf, example: entry.id } : { code: '', tf: '1.15', example: undefined };
  }
  const { state } = decoded;
  if (state.example !== undefined) {
    const entry = gallery.find((e) => e.id === state.example);
    if (!entry) return { code: '', tf: state.tf, example: undefined };
    return { code: entry.code, tf: state.tf, example: entry.id };
  }
  return { code: state.code, tf: state.tf, example: undefined };
}

/** Decodes a link's fragment; naming a gallery entry that does not exist is a malformed link too. */
export function decodeLink(fragment: string, gallery: readonly EntryLike[]): DecodeResult {
  const decoded = decodeFragment(fragment);
  if (decoded.kind === 'ok' && decoded.state.example !== undefined && !gallery.some((e) => e.id === decoded.state.example)) {
    return { kind: 'error', error: 'bad-example', detail: decoded.state.example };
  }
  return decoded;
}

/** The fragment that shares `state` (an unchanged gallery entry by its id), or null when too large. */
export function shareFragment(state: AppState): string | null {
  return encodeFragment({ code: state.example ? '' : state.code, tf: state.tf, example: state.example });
}
