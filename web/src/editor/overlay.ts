// What the plain editor draws behind its <textarea>: the text again (invisible,
// so the marks line up with the real glyphs), the error's range cut out of it,
// and the inline name after each line that created something. Pure: plain.ts
// builds the DOM from it, for the lines in view only.
import type { LineAnnotation, Range1 } from '../diagnostics';

export interface Segment {
  text: string;
  /** Inside the error's range (underlined). */
  error: boolean;
}

export interface DecoratedLine {
  /** 1-based line number. */
  line: number;
  segments: Segment[];
  /** The error touches this line (its gutter number and background are marked). */
  errorLine: boolean;
  /** The inline name ("→ V1/a2:0") and its reasons, when the line created something. */
  name?: LineAnnotation;
}

/**
 * Longest line drawn in full. The layer repeats the text only so that marks
 * line up; a longer line (pasted data, hostile input) is drawn cut short,
 * without marks or name, so the layer never costs more than the textarea.
 */
export const MAX_LINE_CHARS = 5000;

/**
 * Lines `from` to `to` (0-based, end exclusive; by default all) of `lines`, the
 * text split on \n. Columns in `range` are 1-based UTF-16 code units with an
 * exclusive end, as errorRange() returns them; a range that reaches past a
 * line's end gets a one-space segment there, so an error at the end of a line
 * still shows.
 */
export function decorateLines(
  lines: readonly string[],
  range: Range1 | null,
  names: readonly LineAnnotation[],
  from = 0,
  to = lines.length,
): DecoratedLine[] {
  const byLine = new Map(names.map((a) => [a.line, a]));
  const out: DecoratedLine[] = [];
  for (let i = Math.max(0, from); i < Math.min(to, lines.length); i++) {
    const text = lines[i];
    const n = i + 1;
    const d: DecoratedLine = { line: n, segments: [], errorLine: !!range && n >= range.startLine && n <= range.endLine };
    out.push(d);
    if (text.length > MAX_LINE_CHARS) {
      d.segments.push({ text: text.slice(0, MAX_LINE_CHARS), error: false });
      continue;
    }
    const name = byLine.get(n);
    if (name) d.name = name;
    const start = range && n === range.startLine ? Math.max(0, range.startColumn - 1) : 0;
    const end = range && n === range.endLine ? range.endColumn - 1 : text.length + 1;
    if (!d.errorLine || end <= start) {
      // A range that ends at the very start of this line does not touch it.
      d.errorLine = d.errorLine && end > start;
      d.segments.push({ text, error: false });
      continue;
    }
    const a = Math.min(start, text.length);
    const b = Math.min(end, text.length);
    if (a > 0) d.segments.push({ text: text.slice(0, a), error: false });
    if (b > a) d.segments.push({ text: text.slice(a, b), error: true });
    if (end > text.length) d.segments.push({ text: ' ', error: true });
    if (b < text.length) d.segments.push({ text: text.slice(b), error: false });
  }
  return out;
}
