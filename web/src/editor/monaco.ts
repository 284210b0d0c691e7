// Monaco, loaded lazily after the first output is on screen. Only the editor
// core, the contributions the playground uses and the Python grammar are
// bundled; no language service (the engine is the checker).
import * as monaco from 'monaco-editor/editor/editor.api.js';
import 'monaco-editor/editor/browser/coreCommands.js';
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution.js';
import 'monaco-editor/editor/contrib/inlayHints/browser/inlayHintsContribution.js';
import 'monaco-editor/editor/contrib/find/browser/findController.js';
import 'monaco-editor/editor/contrib/comment/browser/comment.js';
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching.js';
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard.js';
import 'monaco-editor/editor/contrib/contextmenu/browser/contextmenu.js';
import 'monaco-editor/editor/contrib/folding/browser/folding.js';
import 'monaco-editor/editor/contrib/indentation/browser/indentation.js';
import 'monaco-editor/editor/contrib/linesOperations/browser/linesOperations.js';
import 'monaco-editor/editor/contrib/multicursor/browser/multicursor.js';
import 'monaco-editor/editor/contrib/wordHighlighter/browser/wordHighlighter.js';
import 'monaco-editor/editor/contrib/wordOperations/browser/wordOperations.js';
import 'monaco-editor/editor/contrib/gotoError/browser/gotoError.js';
import 'monaco-editor/editor/contrib/links/browser/links.js';
import '@monaco-esm/base/browser/ui/codicons/codicon/codicon.css';
import 'monaco-editor/languages/definitions/python/register.js';
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';
import { setErrorMarkers } from './markers';
import { lineAnnotations, type LineAnnotation } from '../diagnostics';
import type { EditorAdapter, EditorCallbacks } from './types';
import type { NamingEvent, RunError } from '../types';

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

let annotations = new Map<string, LineAnnotation[]>();
const hintsChanged = new monaco.Emitter<void>();
let hintsRegistered = false;

function registerInlineNames(whyTitle: () => string): void {
  if (hintsRegistered) return;
  hintsRegistered = true;
  monaco.languages.registerInlayHintsProvider('python', {
    onDidChangeInlayHints: hintsChanged.event,
    provideInlayHints(model, range) {
      const list = annotations.get(model.uri.toString()) ?? [];
      const hints: monaco.languages.InlayHint[] = [];
      for (const a of list) {
        if (a.line < range.startLineNumber || a.line > range.endLineNumber || a.line > model.getLineCount()) continue;
        hints.push({
          label: a.label,
          position: { lineNumber: a.line, column: model.getLineMaxColumn(a.line) },
          paddingLeft: true,
          tooltip: { value: `**${whyTitle()}**\n\n` + a.why.map((w) => '- ' + escapeMarkdown(w)).join('\n') },
        });
      }
      return { hints, dispose() {} };
    },
  });
}

function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, (c) => '\\' + c);
}

export interface MonacoOptions extends EditorCallbacks {
  container: HTMLElement;
  code: string;
  dark: boolean;
  ariaLabel: string;
  filename: string;
  /** Label for the related location of a duplicate variable ("first created at line"). */
  originLabel: (line: number) => string;
  whyTitle: () => string;
}

export function createMonacoEditor(opts: MonacoOptions): EditorAdapter {
  registerInlineNames(opts.whyTitle);
  const uri = monaco.Uri.parse('file:///' + opts.filename);
  monaco.editor.getModel(uri)?.dispose();
  const model = monaco.editor.createModel(opts.code, 'python', uri);
  const editor = monaco.editor.create(opts.container, {
    model,
    theme: opts.dark ? 'vs-dark' : 'vs',
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 14,
    lineNumbersMinChars: 3,
    scrollBeyondLastLine: false,
    tabSize: 4,
    insertSpaces: true,
    renderLineHighlight: 'line',
    ariaLabel: opts.ariaLabel,
    inlayHints: { enabled: 'on', fontSize: 12, padding: true },
    fixedOverflowWidgets: true,
    hover: { delay: 200 },
    scrollbar: { alwaysConsumeMouseWheel: false },
  });
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => opts.onRun());
  // Esc leaves the editor (keyboard users must never be trapped), unless a widget
  // (suggestions, find, hover, rename) is open: then Esc closes that first.
  editor.onKeyDown((e) => {
    if (e.keyCode !== monaco.KeyCode.Escape || e.ctrlKey || e.altKey || e.metaKey || e.shiftKey) return;
    const widgetOpen = opts.container.querySelector(
      '.suggest-widget.visible, .find-widget.visible, .monaco-hover:not(.hidden), .rename-box, .parameter-hints-widget.visible',
    );
    if (widgetOpen) return;
    e.preventDefault();
    e.stopPropagation();
    opts.onEscape();
  });
  const listeners: Array<() => void> = [];
  model.onDidChangeContent(() => listeners.forEach((l) => l()));

  return {
    kind: 'monaco',
    getValue: () => model.getValue(),
    setValue(code) {
      if (model.getValue() !== code) model.setValue(code);
    },
    onChange(listener) {
      listeners.push(listener);
    },
    showDiagnostics(error: RunError | null, events: NamingEvent[], filename: string) {
      setErrorMarkers(monaco, model, error, filename, opts.originLabel);
      annotations = new Map([[uri.toString(), lineAnnotations(events)]]);
      hintsChanged.fire();
    },
    gotoPosition(line, column = 1) {
      editor.setPosition({ lineNumber: line, column });
      editor.revealLineInCenterIfOutsideViewport(line);
      editor.focus();
    },
    focus: () => editor.focus(),
    inspect() {
      const markers = monaco.editor.getModelMarkers({ resource: uri }).map((m) => ({
        message: m.message,
        startLineNumber: m.startLineNumber,
        startColumn: m.startColumn,
        endLineNumber: m.endLineNumber,
        endColumn: m.endColumn,
        related: (m.relatedInformation ?? []).map((r) => r.startLineNumber),
      }));
      const names = (annotations.get(uri.toString()) ?? []).map((a) => ({ line: a.line, label: a.label }));
      return { markers, names, cursorLine: editor.getPosition()?.lineNumber ?? 0 };
    },
    setTheme(dark) {
      monaco.editor.setTheme(dark ? 'vs-dark' : 'vs');
    },
    setReadOnly(readOnly) {
      editor.updateOptions({ readOnly });
    },
    dispose() {
      editor.dispose();
      model.dispose();
    },
  };
}
