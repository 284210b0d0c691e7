// Source positions for editors. The core reports 1-based lines and 1-based
// columns that count bytes of the UTF-8 source (endColumn exclusive); editors
// (Monaco, CodeMirror, the DOM) count UTF-16 code units. This module converts
// every position of a RunResult, once, where the result enters JavaScript.

/**
 * UTF-16 column of a UTF-8 byte column within one line of text (both 1-based).
 * A byte column inside a multi-byte character maps to that character's start;
 * one past the end of the line maps one past its last code unit.
 * @param {string} lineText
 * @param {number} byteColumn
 * @returns {number}
 */
export function byteToUtf16Column(lineText, byteColumn) {
  if (!(byteColumn > 1)) return byteColumn;
  const target = byteColumn - 1;
  let bytes = 0;
  let units = 0;
  for (const ch of lineText) {
    const cp = ch.codePointAt(0);
    const width = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + width > target) return units + 1;
    bytes += width;
    units += ch.length;
  }
  return units + 1 + (target - bytes);
}

/**
 * Lines of a source text as the core counts them (split at "\n").
 * @param {string} source
 * @returns {string[]}
 */
export function sourceLines(source) {
  return source.split('\n');
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * Returns a function converting (line, byteColumn) of `source` to a UTF-16
 * column; the identity for ASCII sources.
 * @param {string} source
 * @returns {(line: number, byteColumn: number) => number}
 */
export function columnConverter(source) {
  if (ASCII_ONLY.test(source)) return (_line, column) => column;
  const lines = sourceLines(source);
  return (line, column) => {
    if (!(line >= 1 && line <= lines.length) || !(column > 1)) return column;
    return byteToUtf16Column(lines[line - 1], column);
  };
}

/**
 * Converts, in place, the positions of a parsed RunResult from byte columns to
 * UTF-16 columns: the error, its traceback frames and the naming events.
 * Traceback frames of other files (when a filename is given) keep their columns.
 * @param {any} result the object parsed from the core's JSON
 * @param {string} source the snippet that produced it
 * @param {string} [filename] the snippet's filename, as passed to the run
 * @returns {any} the same object
 */
export function convertPositions(result, source, filename) {
  const convert = columnConverter(source);
  const span = (p) => {
    if (!p) return;
    if (typeof p.column === 'number') p.column = convert(p.line, p.column);
    if (typeof p.endColumn === 'number') p.endColumn = convert(p.endLine ?? p.line, p.endColumn);
  };
  if (result.error) {
    span(result.error);
    for (const frame of result.error.traceback ?? []) {
      if (filename === undefined || frame.filename === undefined || frame.filename === filename) span(frame);
    }
  }
  for (const event of result.events ?? []) span(event);
  return result;
}
