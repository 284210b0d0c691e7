// The output panel: stdout, stderr and the traceback exactly as the CLI
// prints them. Always text (text nodes), never HTML; `File "<our file>", line N`
// locations become buttons that jump to that line.

export interface OutputOptions {
  filename: string;
  jumpLabel: string;
  onJump(line: number): void;
}

const LOCATION = /File "([^"\n]*)", line (\d+)/g;

export function renderOutput(pre: HTMLElement, text: string, opts: OutputOptions): void {
  pre.replaceChildren();
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
