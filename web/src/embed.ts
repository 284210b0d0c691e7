// The embed (embed.html): one snippet and its output, compact, for a
// documentation page to show in an iframe. The snippet comes in the fragment
// in the share-link format (#v=1&tf=1.15&code=… or &example=…), presentation
// options in the query (embedOptions.ts). It runs at once and live as the
// reader edits (unless read-only); "Open in scopeplay" carries the current
// state to the full playground. Always the plain editor: a page may hold many
// embeds, and Monaco is the full playground's. Links are untrusted: every
// text reaches the page as text nodes, a malformed link gives a message.
import './style.css';
import './embed.css';
import { DEBOUNCE_MS, EngineClient, FILENAME, type RunOutcome } from './engineClient';
import { DEFAULT_ENTRY_ID, GALLERY } from './gallery';
import { linkErrorText, pickLang, t, type StringKey } from './i18n';
import { createPlainEditor } from './editor/plain';
import { renderOutput } from './panels/output';
import { liveRunner } from './live';
import { outputText, type TfVersion } from './types';
import { decodeLink, initialState, shareFragment } from './state';
import { parseEmbedOptions } from './embedOptions';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

let lastOutcome: RunOutcome | null = null;
let runs = 0;
const engine = new EngineClient(showOutcome, showFatal);

const options = parseEmbedOptions(location.search);
const lang = options.lang ?? pickLang(null, navigator.languages?.length ? navigator.languages : [navigator.language]);
const decoded = decodeLink(location.hash, GALLERY);
const state = initialState(decoded, GALLERY, DEFAULT_ENTRY_ID);

const textarea = $<HTMLTextAreaElement>('code');
const output = $<HTMLPreElement>('output');
const status = $<HTMLSpanElement>('status');
const tfSelect = $<HTMLSelectElement>('tf');
const runButton = $<HTMLButtonElement>('run');
const readOnlyButton = $<HTMLButtonElement>('readonly');
const openLink = $<HTMLAnchorElement>('open');

textarea.value = state.code;
const editor = createPlainEditor(
  textarea,
  { onRun: () => runNow(), onEscape: () => runButton.focus() },
  {
    labels: () => ({
      at: (line, column) => t(lang, 'errorAt', String(line), String(column)),
      origin: (line) => t(lang, 'originallyDefined', String(line)),
      why: t(lang, 'whyName'),
    }),
  },
);
const live = liveRunner(() => runNow(), DEBOUNCE_MS);
editor.onChange(() => {
  state.code = editor.getValue();
  state.example = undefined;
  live.edited();
});

function runNow(): void {
  live.cancel();
  state.code = editor.getValue();
  updateOpenLink();
  if (!lastOutcome) status.textContent = t(lang, 'loadingEngine');
  engine.request({ code: state.code, tf: state.tf });
}

function showOutcome(outcome: RunOutcome): void {
  lastOutcome = outcome;
  runs++;
  const r = outcome.result;
  const text = outputText(r);
  renderOutput(output, text || t(lang, 'noOutput'), {
    filename: FILENAME,
    jumpLabel: t(lang, 'jumpTo'),
    onJump: (line) => editor.gotoPosition(line, 1),
    elidedLabel: (lines, kb) => t(lang, 'elided', lines.toLocaleString('en'), kb.toLocaleString('en')),
  });
  output.classList.toggle('empty-output', !text);
  editor.showDiagnostics(r.error, r.events, FILENAME);
  status.textContent = r.error ? r.error.type : `${t(lang, 'ok')} · ${outcome.ms.toFixed(1)} ms`;
  status.dataset.state = r.error ? 'error' : 'ok';
  document.body.dataset.runs = String(runs);
}

function showFatal(e: Error): void {
  status.textContent = '';
  output.textContent = `${t(lang, 'engineFailed')} ${e.message}`;
  document.body.dataset.engine = 'failed';
}

/** "Open in scopeplay": the playground next to this page, with the current snippet. */
function updateOpenLink(): void {
  // An untouched malformed link passes through, so the playground says what is wrong with it.
  const fragment = decoded.kind === 'error' && state.code === '' ? location.hash : shareFragment(state);
  if (fragment !== null) openLink.href = new URL('./' + fragment, location.href).href;
}

function setReadOnly(readOnly: boolean): void {
  editor.setReadOnly(readOnly);
  readOnlyButton.setAttribute('aria-pressed', String(readOnly));
  document.body.dataset.readonly = String(readOnly);
}

readOnlyButton.addEventListener('click', () => setReadOnly(readOnlyButton.getAttribute('aria-pressed') !== 'true'));
runButton.addEventListener('click', () => runNow());
tfSelect.addEventListener('change', () => {
  state.tf = tfSelect.value as TfVersion;
  runNow();
});

// ---- theme and language (fixed by the query, else the system's and the browser's) ----

const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
function applyTheme(): void {
  const dark = options.theme === 'dark' || (options.theme === 'system' && systemDark.matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}
systemDark.addEventListener('change', applyTheme);

document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
  node.textContent = t(lang, node.dataset.i18n as StringKey);
}
textarea.setAttribute('aria-label', t(lang, 'editorLabel'));
openLink.title = t(lang, 'opensNewTab');

// For the browser tests: what the embed shows, read-only.
(window as unknown as { scopeplay: object }).scopeplay = {
  inspect: () => ({
    editor: 'plain',
    code: editor.getValue(),
    tf: state.tf,
    readOnly: textarea.readOnly,
    shown: lastOutcome && { code: lastOutcome.code, tf: lastOutcome.tf },
    ...editor.inspect(),
  }),
};

// ---- start ---------------------------------------------------------------------

applyTheme();
tfSelect.value = state.tf;
setReadOnly(options.readOnly);
if (decoded.kind === 'error') {
  const banner = $('banner');
  banner.textContent = linkErrorText(lang, decoded.error, decoded.detail);
  banner.hidden = false;
  document.body.dataset.runs = '0';
  updateOpenLink();
} else {
  runNow();
}
// A docs page that points the iframe at another snippet changes only the fragment.
window.addEventListener('hashchange', () => location.reload());
