// The engine's result as the page uses it, validated once at the boundary
// (whatever arrives from the worker is checked here, nowhere else).

export type TfVersion = '1.15' | '1.3';
export const TF_VERSIONS: readonly TfVersion[] = ['1.15', '1.3'];

// The shapes come from the engine's own declarations; the page keeps only the
// fields it shows.
import type { NamingEvent, OpInfo, RunError, TraceFrame, VariableInfo } from './engine/types';

export type { NamingEvent, OpInfo, RunError, TraceFrame, VariableInfo };

export interface RunResult {
  stdout: string;
  stderr: string;
  error: RunError | null;
  variables: VariableInfo[];
  ops: OpInfo[];
  scopes: string[];
  events: NamingEvent[];
}

const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
const int = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : 0);
const bool = (v: unknown): boolean => v === true;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {};

function frame(v: unknown): TraceFrame {
  const o = obj(v);
  return {
    filename: str(o.filename),
    line: int(o.line),
    column: int(o.column),
    endLine: int(o.endLine),
    endColumn: int(o.endColumn),
    function: str(o.function),
    source: str(o.source),
  };
}

/** Coerces anything the engine sent into a RunResult with every field present. */
export function toRunResult(v: unknown): RunResult {
  const o = obj(v);
  const e = o.error == null ? null : obj(o.error);
  return {
    stdout: str(o.stdout),
    stderr: str(o.stderr),
    error: e && {
      type: str(e.type),
      message: str(e.message),
      line: int(e.line),
      column: int(e.column),
      endLine: int(e.endLine),
      endColumn: int(e.endColumn),
      limit: bool(e.limit),
      traceback: arr(e.traceback).map(frame),
      formatted: str(e.formatted),
    },
    variables: arr(o.variables).map((x) => {
      const r = obj(x);
      return {
        name: str(r.name),
        shape: str(r.shape),
        dtype: str(r.dtype),
        trainable: r.trainable !== false,
        createdBy: str(r.createdBy),
        line: int(r.line),
        reused: bool(r.reused),
        nameScope: str(r.nameScope),
        variableScope: str(r.variableScope),
      };
    }),
    ops: arr(o.ops).map((x) => {
      const r = obj(x);
      return { name: str(r.name), type: str(r.type), line: int(r.line) };
    }),
    scopes: arr(o.scopes).map(str),
    events: arr(o.events).map((x) => {
      const r = obj(x);
      return {
        line: int(r.line),
        column: int(r.column),
        kind: str(r.kind),
        requested: str(r.requested),
        result: str(r.result),
        reason: str(r.reason),
      };
    }),
  };
}

/** The output panel's text: exactly what the CLI prints (stdout, then stderr, then the traceback). */
export function outputText(r: RunResult): string {
  return r.stdout + r.stderr + (r.error ? r.error.formatted : '');
}
