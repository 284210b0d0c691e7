// The output panel: stdout, stderr and the traceback exactly as the CLI
// prints them. Always text (text nodes), never HTML; `File "<our file>", line N`
// locations become buttons that jump to that line. Output longer than
// RENDER_LIMIT characters shows its beginning and end and a button for the
// rest (panels/elide.ts).
import { elide } from './elide';

export interface OutputOptions {
  filename: string;
  jumpLabel: string;
  onJump(line: number): void;
  /** The label of the button standing for elided output: lines and KB left out. */
  elidedLabel(lines: number, kb: number): string;
}

const LOCATION = /File "([^"\n]*)", line (\d+)/g;

function appendText(pre: HTMLElement, text: string, opts: OutputOptions): void {
  let last = 0;
  for (const m of text.matchAll(LOCATION)) {
    if (m[1] !== opts.filename) continue;
    const at = m.index ?? 0;
    if (at > last) pre.append(document.createTextNode(text.slice(last, at)));
    const line = Number(m[2]);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'loc';
    button.textContent = m[0];
    button.title = `${opts.jumpLabel} ${line}`;
    button.dataset.line = String(line);
    button.addEventListener('click', () => opts.onJump(line));
    pre.append(button);
    last = at + m[0].length;
  }
  if (last < text.length) pre.append(document.createTextNode(text.slice(last)));
}

export function renderOutput(pre: HTMLElement, text: string, opts: OutputOptions, whole = false): void {
  pre.replaceChildren();
  const cut = whole ? null : elide(text);
  if (!cut) {
    appendText(pre, text, opts);
    return;
  }
  appendText(pre, cut.head, opts);
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'elided';
  more.textContent = opts.elidedLabel(cut.hiddenLines, Math.max(1, Math.round(cut.hiddenChars / 1024)));
  more.addEventListener('click', () => renderOutput(pre, text, opts, true));
  pre.append(more, document.createTextNode('\n'));
  appendText(pre, cut.tail, opts);
}
