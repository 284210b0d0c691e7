// Pure helpers over the engine's result that the editor and panels share:
// where an error points, where a duplicate variable was first defined, and
// the inline name annotation for each line.
import type { NamingEvent, RunError } from './types';

export interface Range1 {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/**
 * The range to underline for an error (1-based, end exclusive), clamped to the
 * text. A missing column underlines the whole line; an empty range one character.
 */
export function errorRange(error: RunError, lineLengths: readonly number[]): Range1 | null {
  if (error.line < 1 || lineLengths.length === 0) return null;
  const startLine = Math.min(error.line, lineLengths.length);
  const len = (l: number) => lineLengths[l - 1] ?? 0;
  if (error.column < 1) {
    const text = len(startLine);
    return { startLine, startColumn: 1, endLine: startLine, endColumn: Math.max(text + 1, 2) };
  }
  const startColumn = Math.min(error.column, len(startLine) + 1);
  let endLine = error.endLine >= startLine ? Math.min(error.endLine, lineLengths.length) : startLine;
  let endColumn = error.endColumn > 0 ? Math.min(error.endColumn, len(endLine) + 1) : startColumn + 1;
  if (endLine === startLine && endColumn <= startColumn) endColumn = startColumn + 1;
  if (endLine < startLine) endLine = startLine;
  return { startLine, startColumn, endLine, endColumn };
}

const ORIGIN = /Originally defined at:\s*\n+\s*File "([^"]*)", line (\d+)/;

/** For "Variable x already exists ... Originally defined at: File "f", line N": N, if in our file. */
export function originalDefinitionLine(error: RunError | null, filename: string): number | null {
  if (!error) return null;
  const m = ORIGIN.exec(error.message) ?? ORIGIN.exec(error.formatted);
  if (!m || m[1] !== filename) return null;
  const line = Number(m[2]);
  return Number.isInteger(line) && line > 0 ? line : null;
}

export interface LineAnnotation {
  line: number;
  label: string;
  /** Markdown-free lines: one per naming event on that line. */
  why: string[];
}

const KIND_RANK: Record<string, number> = { variable: 0, op: 1 };
const MAX_LABEL = 72;

/** One annotation per line that named something: "→ V1_1/a2:0", with the reasons. */
export function lineAnnotations(events: readonly NamingEvent[]): LineAnnotation[] {
  const byLine = new Map<number, NamingEvent[]>();
  for (const e of events) {
    if (e.line < 1 || !e.result) continue;
    const list = byLine.get(e.line);
    if (list) list.push(e);
    else byLine.set(e.line, [e]);
  }
  const out: LineAnnotation[] = [];
  for (const [line, list] of [...byLine].sort((a, b) => a[0] - b[0])) {
    const best = Math.min(...list.map((e) => KIND_RANK[e.kind] ?? 2));
    const shown = list.filter((e) => (KIND_RANK[e.kind] ?? 2) === best).map((e) => e.result);
    const unique = [...new Set(shown)];
    let label = '→ ' + unique.join(', ');
    if (label.length > MAX_LABEL) label = label.slice(0, MAX_LABEL - 1) + '…';
    const why = list.map((e) => {
      const asked = e.requested && e.requested !== e.result ? `${e.requested} → ${e.result}` : e.result;
      return `${e.kind} ${asked}${e.reason ? ': ' + e.reason : ''}`;
    });
    out.push({ line, label, why });
  }
  return out;
}
