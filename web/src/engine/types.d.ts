// The data a scopeplay run returns: the same fields as the CLI's --json (the
// core's to_json), except that columns count UTF-16 code units (editors'
// units) instead of UTF-8 bytes. Lines and columns are 1-based; end columns
// are exclusive; 0 means unknown.

export type TfVersion = '1.15' | '1.3' | (string & {});

export interface RunOptions {
  /** TensorFlow profile; default '1.15'. */
  tf?: TfVersion;
  /** Shown in tracebacks: File "NAME", line N; default '<stdin>'. */
  filename?: string;
  /** The engine's evaluation-step budget (0 or absent: the core's default). */
  maxSteps?: number;
  /** Output budget in bytes (0 or absent: the core's default). */
  maxOutputBytes?: number;
  /**
   * Python recursion limit (0 or absent: the core's default, 1000, as CPython's).
   * When a host's JavaScript stack runs out first, the run is retried with the
   * limit halved (down to 100), so the RecursionError keeps its line.
   */
  maxCallDepth?: number;
  /** Wall-clock limit for this run in ms (worker engines only); default the engine's. */
  timeoutMs?: number;
}

export interface TraceFrame {
  filename: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** '<module>' at top level. */
  function: string;
  /** The stripped source text of that line. */
  source: string;
}

export interface RunError {
  /** 'NameError', 'SyntaxError', 'ValueError', ... or the host's 'TimeoutError' / 'InternalError' / 'RecursionError' (the host's stack ran out). */
  type: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Outermost first, as CPython prints them. */
  traceback: TraceFrame[];
  /** The full traceback text, exactly as the CLI prints it. */
  formatted: string;
  /** True when a limit (steps, memory, output, wall clock) ended the run. */
  limit: boolean;
}

export interface VariableInfo {
  name: string;
  shape: string;
  dtype: string;
  trainable: boolean;
  createdBy: string;
  line: number;
  reused: boolean;
  nameScope: string;
  variableScope: string;
}

export interface OpInfo {
  name: string;
  type: string;
  line: number;
}

export interface NamingEvent {
  line: number;
  column: number;
  kind: string;
  requested: string;
  result: string;
  reason: string;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  error: RunError | null;
  outputTruncated: boolean;
  steps: number;
  variables: VariableInfo[];
  ops: OpInfo[];
  scopes: string[];
  events: NamingEvent[];
  /**
   * Set when the run stopped because the engine lacked a resource its host
   * provides ("tf-builders": the Python of tf.layers, Keras, RNN cells,
   * optimizers and tf.gradients, in scopeplay-tf-builders.txt) and the host
   * could not read it; the engines of this package read it themselves.
   */
  needs?: string;
}

export interface HeapStats {
  /** Bytes allocated and not freed in the engine's heap. */
  heapUsedBytes: number;
  /** Size of the WebAssembly memory (only grows). */
  heapSizeBytes: number;
}

export interface Engine {
  /** Resolves once the engine can run snippets. */
  readonly ready: Promise<void>;
  /**
   * Runs one snippet. Runs are answered in the order they were made; a run
   * never rejects for anything the snippet does (errors are in the result).
   */
  run(source: string, options?: RunOptions): Promise<RunResult>;
  /** Heap figures of the engine's current instance. */
  stats(): Promise<HeapStats>;
  /** Stops the worker; pending runs reject. */
  dispose(): void;
}
