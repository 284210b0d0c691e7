// The first editor on screen: a <textarea>. It is what phones and touch
// screens keep, what the page shows while Monaco is still loading, and what
// the embed uses. Like Monaco it shows the error's exact range (a wavy
// underline, the line tinted, a dot in the line-number gutter) and the final
// name after each line that created something; these are drawn in a layer
// behind the (transparent) textarea that repeats its text invisibly, so they
// line up with the real glyphs. The error is also written out in a bar under
// the text, which the textarea names as its description (aria-describedby).
// Everything is text nodes, never HTML.
import { errorRange, errorSummary, lineAnnotations, originalDefinitionLine, type LineAnnotation, type Range1 } from '../diagnostics';
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
  // The text split into lines, kept in step with the textarea.
  let lines: string[] = [];
  let range: Range1 | null = null;
  const splitText = () => {
    lines = textarea.value.split('\n');
    range = error ? errorRange(error, lines.map((l) => l.length)) : null;
  };
  // Only the lines in view (and a few around them) are drawn: rows have a fixed
  // height and never wrap, so a pasted megabyte costs no more than a screenful.
  const metrics = getComputedStyle(textarea);
  const lineHeight = parseFloat(metrics.lineHeight) || 20;
  const padTop = parseFloat(metrics.paddingTop) || 0;
  const OVERSCAN = 20;
  let drawn = { first: 0, last: 0 };

  function render(): void {
    // Layout is read once, before anything is written (a read after a write
    // would force the browser to lay the page out again).
    const top = textarea.scrollTop;
    const left = textarea.scrollLeft;
    const first = Math.max(0, Math.floor((top - padTop) / lineHeight) - OVERSCAN);
    const last = Math.min(lines.length, first + Math.ceil((textarea.clientHeight || 800) / lineHeight) + 2 * OVERSCAN);
    drawn = { first, last };
    const labels = opts.labels();
    const rows: HTMLElement[] = [];
    const numbers: HTMLElement[] = [];
    for (const line of decorateLines(lines, range, names, first, last)) {
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
      num.textContent = String(line.line);
      if (line.name) {
        const name = el('span', 'pl-name');
        name.textContent = line.name.label;
        row.append(name);
        num.classList.add('pl-num-named');
        num.title = `${labels.why}\n${line.name.why.join('\n')}`;
      }
      rows.push(row);
      numbers.push(num);
    }
    overlayLines.replaceChildren(...rows);
    gutterLines.replaceChildren(...numbers);
    const skipped = `${first * lineHeight}px`;
    overlayLines.style.marginTop = skipped;
    gutterLines.style.marginTop = skipped;
    place(left, top);
  }

  function renderProblem(): void {
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

  function place(left = textarea.scrollLeft, top = textarea.scrollTop): void {
    overlayLines.style.transform = `translate(${-left}px, ${-top}px)`;
    gutterLines.style.transform = `translateY(${-top}px)`;
  }

  function onScroll(): void {
    // Redraw once the view nears the edge of what is drawn; otherwise just move it.
    const top = Math.floor((textarea.scrollTop - padTop) / lineHeight);
    const bottom = top + Math.ceil(textarea.clientHeight / lineHeight);
    const stale = (top - OVERSCAN / 2 < drawn.first && drawn.first > 0) || (bottom + OVERSCAN / 2 > drawn.last && drawn.last < lines.length);
    if (stale) render();
    else place();
  }

  const listeners: Array<() => void> = [];
  const onInput = () => {
    splitText();
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
  textarea.addEventListener('scroll', onScroll);
  splitText();
  render();

  const adapter: EditorAdapter = {
    kind: 'plain',
    getValue: () => textarea.value,
    setValue(code) {
      textarea.value = code;
      splitText();
      render();
    },
    onChange(listener) {
      listeners.push(listener);
    },
    showDiagnostics(e: RunError | null, events: NamingEvent[], filename: string) {
      error = e;
      names = lineAnnotations(events);
      origin = originalDefinitionLine(e, filename);
      splitText();
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
      textarea.scrollTop = Math.max(0, (line - 3) * lineHeight);
      render();
    },
    focus: () => textarea.focus(),
    setTheme() {},
    setReadOnly(readOnly) {
      textarea.readOnly = readOnly;
    },
    inspect(): EditorInspection {
      const before = textarea.value.slice(0, textarea.selectionStart);
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
      textarea.removeEventListener('scroll', onScroll);
      wrapper.hidden = true;
    },
  };
  return adapter;
}
