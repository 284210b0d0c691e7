// The editor behind one interface: a plain <textarea> shows the snippet at
// once (and stays on phones), Monaco replaces it when it has loaded.
import type { NamingEvent, RunError } from '../types';

export interface EditorAdapter {
  readonly kind: 'plain' | 'monaco';
  getValue(): string;
  setValue(code: string): void;
  onChange(listener: () => void): void;
  /** Show the run's error (or clear it with null) and the names created on each line. */
  showDiagnostics(error: RunError | null, events: NamingEvent[], filename: string): void;
  /** Put the cursor on a 1-based line (and column) and focus the editor. */
  gotoPosition(line: number, column?: number): void;
  focus(): void;
  setTheme(dark: boolean): void;
  setReadOnly(readOnly: boolean): void;
  /** What the editor shows, for tests: its error markers, inline names and cursor line. */
  inspect(): EditorInspection;
  dispose(): void;
}

export interface EditorCallbacks {
  onRun(): void;
  /** Esc: leave the editor for the next control. */
  onEscape(): void;
}

export interface EditorInspection {
  markers: Array<{ message: string; startLineNumber: number; startColumn: number; endLineNumber: number; endColumn: number; related: number[] }>;
  /** The inline names the editor holds, by line. */
  names: Array<{ line: number; label: string }>;
  cursorLine: number;
}
