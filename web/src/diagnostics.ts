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

const MAX_LABEL = 72;
const MAX_OPS_EXPLAINED = 3;

function explain(e: NamingEvent): string {
  const asked = e.requested && e.requested !== e.result ? `${e.requested} → ${e.result}` : e.result;
  return `${e.kind} ${asked}${e.reason ? ': ' + e.reason : ''}`;
}

/**
 * One annotation per line that named something. A line creating variables shows
 * their names ("→ V1/a2:0"); a line creating only ops shows its last (outermost)
 * op; a `with` line shows its scope ("→ V1/", or "→ V1/ (ops in V1_1/)" when a
 * re-entered variable scope opens a fresh name scope). The reasons come along.
 */
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
    const vars = list.filter((e) => e.kind === 'variable');
    const ops = list.filter((e) => e.kind === 'op');
    const others = list.filter((e) => e.kind !== 'variable' && e.kind !== 'op');
    let label: string;
    if (vars.length) {
      label = [...new Set(vars.map((e) => e.result))].join(', ');
    } else if (ops.length) {
      label = ops[ops.length - 1].result;
    } else {
      const vs = others.filter((e) => e.kind === 'variable_scope').map((e) => e.result);
      const ns = others.filter((e) => e.kind === 'name_scope').map((e) => e.result);
      if (vs.length && ns.length) {
        const v = vs[vs.length - 1].replace(/\/?$/, '/');
        const n = ns[ns.length - 1];
        label = v === n ? v : `${v} (ops in ${n})`;
      } else {
        label = [...new Set(others.map((e) => e.result))].join(', ');
      }
    }
    label = '→ ' + label;
    if (label.length > MAX_LABEL) label = label.slice(0, MAX_LABEL - 1) + '…';
    const shownOps = ops.slice(-MAX_OPS_EXPLAINED).reverse();
    const why = [...others, ...vars, ...shownOps].map(explain);
    if (ops.length > shownOps.length) why.push(`+${ops.length - shownOps.length} op(s)`);
    out.push({ line, label, why });
  }
  return out;
}

/** One line for the plain editor's problem bar: "NameError: name 'x' is not defined". */
export function errorSummary(error: RunError): string {
  const first = error.message.split('\n', 1)[0].trim();
  const text = first ? `${error.type}: ${first}` : error.type;
  return text.length > 300 ? text.slice(0, 299) + '…' : text;
}
