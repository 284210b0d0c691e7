// The first editor on screen: a <textarea>. It is what phones and touch
// screens keep, and what the page shows while Monaco is still loading.
import type { EditorAdapter, EditorCallbacks } from './types';
import type { NamingEvent, RunError } from '../types';

export function createPlainEditor(textarea: HTMLTextAreaElement, callbacks: EditorCallbacks): EditorAdapter {
  const listeners: Array<() => void> = [];
  const onInput = () => listeners.forEach((l) => l());
  const onKey = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
      e.preventDefault();
      callbacks.onRun();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      callbacks.onEscape();
    } else if (e.key === 'Tab' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey) {
      e.preventDefault();
      textarea.setRangeText('    ', textarea.selectionStart, textarea.selectionEnd, 'end');
      onInput();
    }
  };
  textarea.addEventListener('input', onInput);
  textarea.addEventListener('keydown', onKey);

  return {
    kind: 'plain',
    getValue: () => textarea.value,
    setValue(code) {
      textarea.value = code;
    },
    onChange(listener) {
      listeners.push(listener);
    },
    showDiagnostics(error: RunError | null, _events: NamingEvent[]) {
      textarea.setAttribute('aria-invalid', error ? 'true' : 'false');
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
    },
    focus: () => textarea.focus(),
    setTheme() {},
    inspect() {
      const before = textarea.value.slice(0, textarea.selectionStart);
      return { markers: [], cursorLine: before.split('\n').length };
    },
    dispose() {
      textarea.removeEventListener('input', onInput);
      textarea.removeEventListener('keydown', onKey);
    },
  };
}
