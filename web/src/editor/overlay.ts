// What the plain editor draws behind its <textarea>: the text again (invisible,
// so the marks line up with the real glyphs), the error's range cut out of it,
// and the inline name after each line that created something. Pure: the DOM
// is built from this in plain.ts.
import type { LineAnnotation, Range1 } from '../diagnostics';

export interface Segment {
  text: string;
  /** Inside the error's range (underlined). */
  error: boolean;
}

export interface DecoratedLine {
  segments: Segment[];
  /** The error touches this line (its gutter number and background are marked). */
  errorLine: boolean;
  /** The inline name ("→ V1/a2:0") and its reasons, when the line created something. */
  name?: LineAnnotation;
}

/**
 * One entry per line of `text` (split on \n). Columns in `range` are 1-based
 * UTF-16 code units with an exclusive end, as errorRange() returns them; a
 * range that reaches past a line's end gets a one-space segment there, so an
 * error at the end of a line still shows.
 */
export function decorateLines(text: string, range: Range1 | null, names: readonly LineAnnotation[]): DecoratedLine[] {
  const byLine = new Map(names.map((a) => [a.line, a]));
  return text.split('\n').map((line, i) => {
    const n = i + 1;
    const out: DecoratedLine = { segments: [], errorLine: false };
    const name = byLine.get(n);
    if (name) out.name = name;
    if (!range || n < range.startLine || n > range.endLine) {
      out.segments.push({ text: line, error: false });
      return out;
    }
    const from = n === range.startLine ? Math.max(0, range.startColumn - 1) : 0;
    const to = n === range.endLine ? range.endColumn - 1 : line.length + 1;
    if (to <= from) {
      // A range that ends at the very start of this line does not touch it.
      out.segments.push({ text: line, error: false });
      return out;
    }
    out.errorLine = true;
    const a = Math.min(from, line.length);
    const b = Math.min(to, line.length);
    if (a > 0) out.segments.push({ text: line.slice(0, a), error: false });
    if (b > a) out.segments.push({ text: line.slice(a, b), error: true });
    if (to > line.length) out.segments.push({ text: ' ', error: true });
    if (b < line.length) out.segments.push({ text: line.slice(b), error: false });
    return out;
  });
}
