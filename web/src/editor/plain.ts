// The first editor on screen: a <textarea>. It is what phones and touch
// screens keep, what the page shows while Monaco is still loading, and what
// the embed uses. Like Monaco it shows the error's exact range (a wavy
// underline, the line tinted, a dot in the line-number gutter) and the final
// name after each line that created something; these are drawn in a layer
// behind the (transparent) textarea that repeats its text invisibly, so they
// line up with the real glyphs. The error is also written out in a bar under
// the text, which the textarea names as its description (aria-describedby).
// Everything is text nodes, never HTML.
import { errorRange, errorSummary, lineAnnotations, originalDefinitionLine, type LineAnnotation } from '../diagnostics';
import { decorateLines } from './overlay';
import type { EditorAdapter, EditorCallbacks, EditorInspection } from './types';
import type { NamingEvent, RunError } from '../types';

export interface PlainLabels {
  /** "Line 2, column 11" */
  at(line: number, column: number): string;
  /** "first created at line 4" */
  origin(line: number): string;
  /** Heading of the reasons shown on an inline name's gutter tooltip. */
  why: string;
}

export interface PlainOptions {
  labels: () => PlainLabels;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string) => {
  const e = document.createElement(tag);
  e.className = className;
  return e;
};

export function createPlainEditor(textarea: HTMLTextAreaElement, callbacks: EditorCallbacks, opts: PlainOptions): EditorAdapter {
  // textarea → .plain > .plain-main > [.plain-gutter, .plain-body > [.plain-overlay, textarea]], .plain-problem
  const wrapper = el('div', 'plain');
  const main = el('div', 'plain-main');
  const gutter = el('div', 'plain-gutter');
  const gutterLines = el('div', 'plain-gutter-lines');
  const body = el('div', 'plain-body');
  const overlay = el('div', 'plain-overlay');
  const overlayLines = el('div', 'plain-lines');
  const problem = el('div', 'plain-problem');
  gutter.setAttribute('aria-hidden', 'true');
  overlay.setAttribute('aria-hidden', 'true');
  problem.id = `${textarea.id || 'code'}-problem`;
  problem.hidden = true;
  textarea.replaceWith(wrapper);
  gutter.append(gutterLines);
  overlay.append(overlayLines);
  body.append(overlay, textarea);
  main.append(gutter, body);
  wrapper.append(main, problem);
  textarea.setAttribute('aria-describedby', problem.id);

  let error: RunError | null = null;
  let names: LineAnnotation[] = [];
  let origin: number | null = null;

  const lineLengths = () => textarea.value.split('\n').map((l) => l.length);
  const shownRange = () => (error && !error.limit ? errorRange(error, lineLengths()) : null);

  function render(): void {
    const range = shownRange();
    const lines = decorateLines(textarea.value, range, names);
    const labels = opts.labels();
    const rows: HTMLElement[] = [];
    const numbers: HTMLElement[] = [];
    lines.forEach((line, i) => {
      const row = el('div', line.errorLine ? 'pl-line pl-line-error' : 'pl-line');
      for (const s of line.segments) {
        if (!s.error) {
          row.append(s.text);
          continue;
        }
        const mark = el('span', 'pl-err');
        mark.textContent = s.text;
        row.append(mark);
      }
      const num = el('div', line.errorLine ? 'pl-num pl-num-error' : 'pl-num');
      num.textContent = String(i + 1);
      if (line.name) {
        const name = el('span', 'pl-name');
        name.textContent = line.name.label;
        row.append(name);
        num.classList.add('pl-num-named');
        num.title = `${labels.why}\n${line.name.why.join('\n')}`;
      }
      rows.push(row);
      numbers.push(num);
    });
    overlayLines.replaceChildren(...rows);
    gutterLines.replaceChildren(...numbers);
    syncScroll();
  }

  function renderProblem(): void {
    const range = shownRange();
    textarea.setAttribute('aria-invalid', error ? 'true' : 'false');
    problem.replaceChildren();
    problem.hidden = !error;
    if (!error) return;
    const labels = opts.labels();
    if (range) {
      const at = el('button', 'loc');
      at.type = 'button';
      at.textContent = labels.at(range.startLine, range.startColumn);
      const { startLine, startColumn } = range;
      at.addEventListener('click', () => adapter.gotoPosition(startLine, startColumn));
      problem.append(at);
    }
    if (origin !== null) {
      const line = origin;
      const jump = el('button', 'loc');
      jump.type = 'button';
      jump.textContent = labels.origin(line);
      jump.addEventListener('click', () => adapter.gotoPosition(line, 1));
      problem.append(jump);
    }
    const message = el('span', 'plain-problem-text');
    message.textContent = errorSummary(error);
    message.title = error.message;
    problem.append(message);
  }

  function syncScroll(): void {
    overlayLines.style.transform = `translate(${-textarea.scrollLeft}px, ${-textarea.scrollTop}px)`;
    gutterLines.style.transform = `translateY(${-textarea.scrollTop}px)`;
  }

  const listeners: Array<() => void> = [];
  const onInput = () => {
    render();
    listeners.forEach((l) => l());
  };
  const onKey = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
      e.preventDefault();
      callbacks.onRun();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      callbacks.onEscape();
    } else if (e.key === 'Tab' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey && !textarea.readOnly) {
      e.preventDefault();
      textarea.setRangeText('    ', textarea.selectionStart, textarea.selectionEnd, 'end');
      onInput();
    }
  };
  textarea.addEventListener('input', onInput);
  textarea.addEventListener('keydown', onKey);
  textarea.addEventListener('scroll', syncScroll);
  render();

  const adapter: EditorAdapter = {
    kind: 'plain',
    getValue: () => textarea.value,
    setValue(code) {
      textarea.value = code;
      render();
    },
    onChange(listener) {
      listeners.push(listener);
    },
    showDiagnostics(e: RunError | null, events: NamingEvent[], filename: string) {
      error = e;
      names = lineAnnotations(events);
      origin = originalDefinitionLine(e, filename);
      render();
      renderProblem();
    },
    gotoPosition(line, column = 1) {
      const lines = textarea.value.split('\n');
      let offset = 0;
      for (let i = 0; i < Math.min(line - 1, lines.length); i++) offset += lines[i].length + 1;
      offset += Math.max(0, column - 1);
      textarea.focus();
      textarea.setSelectionRange(offset, offset);
      const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 20;
      textarea.scrollTop = Math.max(0, (line - 3) * lineHeight);
      syncScroll();
    },
    focus: () => textarea.focus(),
    setTheme() {},
    setReadOnly(readOnly) {
      textarea.readOnly = readOnly;
    },
    inspect(): EditorInspection {
      const before = textarea.value.slice(0, textarea.selectionStart);
      const range = shownRange();
      const markers =
        error && range
          ? [
              {
                message: `${error.type}: ${error.message}`,
                startLineNumber: range.startLine,
                startColumn: range.startColumn,
                endLineNumber: range.endLine,
                endColumn: range.endColumn,
                related: origin !== null ? [origin] : [],
              },
            ]
          : [];
      return { markers, names: names.map((n) => ({ line: n.line, label: n.label })), cursorLine: before.split('\n').length };
    },
    dispose() {
      textarea.removeEventListener('input', onInput);
      textarea.removeEventListener('keydown', onKey);
      textarea.removeEventListener('scroll', syncScroll);
      wrapper.hidden = true;
    },
  };
  return adapter;
}
