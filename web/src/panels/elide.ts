// How much of a long output the panel shows at once. A run may print up to
// the engine's 1 MB output limit; laying out a megabyte of text in one <pre>
// froze the page for a third of a second on the development machine. Past
// RENDER_LIMIT characters the panel shows the beginning and the end (where a
// traceback is), cut at line ends, and a button for the rest.

export const RENDER_LIMIT = 100_000;

export interface Elided {
  head: string;
  tail: string;
  /** Lines (newline characters) and characters left out between head and tail. */
  hiddenLines: number;
  hiddenChars: number;
}

const isLowSurrogate = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
};

/** Head and tail of `text` when it is longer than `limit`, else null. */
export function elide(text: string, limit = RENDER_LIMIT): Elided | null {
  if (text.length <= limit) return null;
  const headBudget = Math.floor(limit * 0.75);
  const tailBudget = limit - headBudget;
  let headEnd = text.lastIndexOf('\n', headBudget - 1) + 1;
  if (headEnd === 0) headEnd = headBudget;
  let tailStart = text.indexOf('\n', text.length - tailBudget - 1) + 1;
  if (tailStart === 0 || tailStart <= headEnd) tailStart = Math.max(headEnd, text.length - tailBudget);
  // Never split a surrogate pair.
  if (isLowSurrogate(text, headEnd)) headEnd--;
  if (isLowSurrogate(text, tailStart)) tailStart--;
  const hidden = text.slice(headEnd, tailStart);
  let hiddenLines = 0;
  for (let i = hidden.indexOf('\n'); i !== -1; i = hidden.indexOf('\n', i + 1)) hiddenLines++;
  return { head: text.slice(0, headEnd), tail: text.slice(tailStart), hiddenLines, hiddenChars: hidden.length };
}
