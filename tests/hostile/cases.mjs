// Reads tests/hostile/cases.txt (see its header) for the JavaScript runners:
// tests/js/hostile.test.js (the WebAssembly engine under Node) and
// tests/e2e/hostile.test.mjs (the playground in Chromium).
import { readFileSync } from 'node:fs';

const CASES_FILE = new URL('./cases.txt', import.meta.url);

/** Expands a template of cases.txt (see its header) into a JavaScript string. */
export function expand(template) {
  let i = 0;
  const walk = (nested) => {
    let out = '';
    while (i < template.length) {
      const c = template[i];
      if (c === '\\') {
        const n = template[i + 1];
        i += 2;
        if (n === 'n') out += '\n';
        else if (n === 't') out += '\t';
        else if (n === '\\') out += '\\';
        else if (n === '0') out += '\0';
        else if (n === 'x' || n === 'u') {
          const digits = n === 'x' ? 2 : 4;
          const code = parseInt(template.slice(i, i + digits), 16);
          i += digits;
          // A JavaScript string holds UTF-16, not bytes: a byte over 0x7f has no
          // equivalent, so such cases give a wasm-source.
          if (n === 'x' && code > 0x7f) throw new Error(`\\x${code.toString(16)} needs a wasm-source`);
          out += String.fromCharCode(code);
        } else throw new Error(`unknown escape \\${n}`);
      } else if (template.startsWith('$(', i)) {
        i += 2;
        const { body, count } = walk(true);
        out += body.repeat(count);
      } else if (nested && c === '*' && /^\*\d+\)/.test(template.slice(i, i + 24))) {
        const m = /^\*(\d+)\)/.exec(template.slice(i, i + 24));
        i += m[0].length;
        return { body: out, count: Number(m[1]) };
      } else {
        out += c;
        i += 1;
      }
    }
    if (nested) throw new Error(`unterminated $( in ${template}`);
    return out;
  };
  return walk(false);
}

/** The cases, with the wasm-* keys taking the place of the others. */
export function loadCases() {
  const cases = [];
  for (const line of readFileSync(CASES_FILE, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('== ')) {
      cases.push({ name: line.slice(3), raw: {} });
      continue;
    }
    const colon = line.indexOf(': ');
    const key = colon < 0 ? line.replace(/:$/, '') : line.slice(0, colon);
    cases.at(-1).raw[key] = colon < 0 ? '' : line.slice(colon + 2);
  }
  return cases.map(({ name, raw }) => {
    const get = (key) => raw[`wasm-${key}`] ?? raw[key];
    return {
      name,
      source: expand(get('source')),
      error: get('error'),
      line: Number(get('line') ?? 0),
      stdout: expand(get('stdout') ?? ''),
      seconds: Number(get('seconds')),
      browserError: raw['browser-error'],
    };
  });
}

/** The TimeoutError a host with the default 2 s wall clock reports. */
export const WALL_CLOCK_TIMEOUT = 'TimeoutError: the run took longer than 2 s and was stopped';

/** "Type: message" as a traceback's last line shows it; "-" for none. */
export const lastErrorLine = (r) => (!r.error ? '-' : r.error.message ? `${r.error.type}: ${r.error.message}` : r.error.type);
