// The playground's chrome: wires the engine, the editor (a textarea first,
// Monaco once loaded), the panels, the gallery and the share link together.
import './style.css';
import { DEBOUNCE_MS, EngineClient, FILENAME, type RunOutcome } from './engineClient';
import type { DecodeResult } from './share/codec';
import { DEFAULT_ENTRY_ID, GALLERY, findEntry, type GalleryEntry } from './gallery';
import { linkErrorText, pickLang, t, type Lang, type StringKey } from './i18n';
import { createPlainEditor } from './editor/plain';
import type { EditorAdapter, EditorCallbacks } from './editor/types';
import { renderOutput } from './panels/output';
import { liveRunner } from './live';
import { renderTree } from './panels/scopeTree';
import { renderVariables } from './panels/variables';
import { outputText, type RunResult, type TfVersion } from './types';
import { decodeLink, initialState, shareFragment, type AppState } from './state';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

// Start the engine first: its download and compilation overlap everything below
// (the inline script in <head> has usually started both already: vite.config.ts).
performance.mark('scopeplay:page-script');
let lastOutcome: RunOutcome | null = null;
let runs = 0;
let lastRenderAt = 0;
/** When the frame showing the last output had been painted (a task after its animation frame). */
let lastPaintAt = 0;
/** The link lags the editor (a run started by typing); see "the link" below. */
let linkStale = false;
let linkTimer: ReturnType<typeof setTimeout> | undefined;
/** While the page itself replaces the editor's text (gallery), edits are not the user's. */
let applyingEntry = false;
const engine = new EngineClient(showOutcome, showFatal);

const store = window.localStorage;
const safeGet = (k: string) => {
  try {
    return store.getItem(k);
  } catch {
    return null;
  }
};
const safeSet = (k: string, v: string) => {
  try {
    store.setItem(k, v);
  } catch {
    /* private mode */
  }
};

let lang: Lang = pickLang(safeGet('scopeplay.lang'), navigator.languages?.length ? navigator.languages : [navigator.language]);
type ThemeChoice = 'system' | 'light' | 'dark';
let themeChoice: ThemeChoice = ((): ThemeChoice => {
  const v = safeGet('scopeplay.theme');
  return v === 'light' || v === 'dark' ? v : 'system';
})();
const systemDark = window.matchMedia('(prefers-color-scheme: dark)');

let decoded: DecodeResult = decodeLink(location.hash, GALLERY);
const state: AppState = initialState(decoded, GALLERY, DEFAULT_ENTRY_ID);

const textarea = $<HTMLTextAreaElement>('code');
const output = $<HTMLPreElement>('output');
const status = $<HTMLSpanElement>('status');
const tfSelect = $<HTMLSelectElement>('tf');
const gallerySelect = $<HTMLSelectElement>('gallery');
const runButton = $<HTMLButtonElement>('run');

const callbacks: EditorCallbacks = {
  onRun: () => runNow(),
  onEscape: () => runButton.focus(),
};
textarea.value = state.code;
let editor: EditorAdapter = createPlainEditor(textarea, callbacks, {
  labels: () => ({
    at: (line, column) => t(lang, 'errorAt', String(line), String(column)),
    origin: (line) => t(lang, 'originallyDefined', String(line)),
    why: t(lang, 'whyName'),
  }),
});
editor.onChange(onEdit);

// ---- running -------------------------------------------------------------

const live = liveRunner(() => runNow({ edit: true }), DEBOUNCE_MS);
function onEdit(): void {
  if (applyingEntry) return;
  state.code = editor.getValue();
  state.example = undefined;
  syncGallerySelect();
  live.edited();
}

function runNow({ edit = false } = {}): void {
  live.cancel();
  state.code = editor.getValue();
  if (edit) linkStale = true;
  else flushLink();
  if (!lastOutcome) status.textContent = t(lang, 'loadingEngine');
  engine.request({ code: state.code, tf: state.tf });
}

function showOutcome(outcome: RunOutcome): void {
  lastOutcome = outcome;
  runs++;
  renderResult(outcome.result);
  showStatus(outcome);
  document.body.dataset.runs = String(runs);
  lastRenderAt = performance.now();
  if (linkStale) scheduleLink();
  const first = runs === 1;
  if (first) performance.mark('scopeplay:first-output');
  // A task after the next animation frame: the frame showing the output has been painted.
  requestAnimationFrame(() =>
    setTimeout(() => {
      lastPaintAt = performance.now();
      if (!first) return;
      // Monaco once the first output is on screen: starting its fetches and its
      // module took some 10 ms of the task above, which that paint waited for.
      performance.mark('scopeplay:first-output-painted');
      preloadEditor();
      upgradeEditor();
    }),
  );
}

function showStatus(outcome: RunOutcome): void {
  const err = outcome.result.error;
  status.textContent = err ? err.type : `${t(lang, 'ok')} · ${outcome.ms.toFixed(1)} ms`;
  status.dataset.state = err ? 'error' : 'ok';
}

function renderResult(r: RunResult): void {
  // The editor first: the plain editor reads its scroll position, which is
  // free before the output below changes the page and forces a layout after.
  editor.showDiagnostics(r.error, r.events, FILENAME);
  const text = outputText(r);
  renderOutput(output, text || t(lang, 'noOutput'), {
    filename: FILENAME,
    jumpLabel: t(lang, 'jumpTo'),
    onJump: jump,
    elidedLabel: (lines, kb) => t(lang, 'elided', lines.toLocaleString('en'), kb.toLocaleString('en')),
  });
  output.classList.toggle('empty-output', !text);
  renderPanels(r);
}

// The panels show the run's graph, which most keystrokes leave as it was: a
// panel is rebuilt only when what it shows (or the language) changed, and the
// hidden tab once it is shown. Rebuilding both on every keystroke took the GAN
// entry 5 ms of script and 10 ms of layout (bench/web/README.md); an opened
// scope of the tree also stays open while the graph stays the same.
let panelRun: RunResult | null = null;
const panelShows = new Map<string, string>();

function renderPanels(r: RunResult): void {
  panelRun = r;
  refreshPanels();
}

function refreshPanels(): void {
  const r = panelRun;
  if (!r) return;
  refreshPanel('panel-tree', [r.scopes, r.variables, r.ops], (el) => renderTreePanel(el, r));
  refreshPanel('panel-vars', r.variables, (el) => renderVariablesPanel(el, r));
}

function refreshPanel(id: string, shows: unknown, render: (el: HTMLElement) => void): void {
  const el = $(id);
  if (el.hidden) return;
  const key = lang + JSON.stringify(shows);
  if (panelShows.get(id) === key) return;
  panelShows.set(id, key);
  render(el);
}

function renderTreePanel(el: HTMLElement, r: RunResult): void {
  renderTree(
    el,
    r,
    {
      nameScope: t(lang, 'nameScope'),
      variableScope: t(lang, 'variableScope'),
      variable: t(lang, 'variable'),
      op: t(lang, 'op'),
      empty: t(lang, 'noScopes'),
      jumpTo: t(lang, 'jumpTo'),
    },
    jump,
  );
}

function renderVariablesPanel(el: HTMLElement, r: RunResult): void {
  renderVariables(
    el,
    r.variables,
    {
      columns: [
        t(lang, 'colName'),
        t(lang, 'colShape'),
        t(lang, 'colDtype'),
        t(lang, 'colTrainable'),
        t(lang, 'colCreatedBy'),
        t(lang, 'colLine'),
        t(lang, 'colStatus'),
      ],
      yes: t(lang, 'yes'),
      no: t(lang, 'no'),
      reused: t(lang, 'reused'),
      fresh: t(lang, 'fresh'),
      empty: t(lang, 'noVariables'),
      jumpTo: t(lang, 'jumpTo'),
    },
    jump,
  );
}

function showFatal(e: Error): void {
  status.textContent = '';
  output.textContent = `${t(lang, 'engineFailed')} ${e.message}`;
  document.body.dataset.engine = 'failed';
}

function jump(line: number): void {
  editor.gotoPosition(line, 1);
}

// ---- the link --------------------------------------------------------------

// Runs started by typing leave the link to be updated once their output is on
// screen and typing has paused: each same-document URL change costs the
// browser process 10–16 ms of a core (it carries the whole snippet), and on
// two cores that time came out of the engine's run (bench/web/README.md).
// Any other run, Copy link and leaving the page update it at once.
const LINK_DELAY_MS = 400;

function scheduleLink(): void {
  clearTimeout(linkTimer);
  linkTimer = setTimeout(flushLink, LINK_DELAY_MS);
}

function flushLink(): void {
  clearTimeout(linkTimer);
  linkStale = false;
  updateLink();
}
addEventListener('pagehide', flushLink);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flushLink();
});

function updateLink(): void {
  const fragment = shareFragment(state);
  // Too large to share: the link keeps its last shareable state.
  if (fragment !== null && location.hash !== fragment) history.replaceState(null, '', fragment);
}

$('copy').addEventListener('click', async () => {
  flushLink();
  try {
    await navigator.clipboard.writeText(location.href);
    flash(t(lang, 'copied'));
  } catch {
    flash(t(lang, 'copyFailed'));
  }
});

function flash(message: string): void {
  status.textContent = message;
  status.dataset.state = 'info';
}

function showLinkError(): void {
  if (decoded.kind !== 'error') return;
  $('banner-text').textContent = linkErrorText(lang, decoded.error, decoded.detail);
  $('banner').hidden = false;
}
// A link pasted into the same tab changes only the fragment: open it like a load.
window.addEventListener('hashchange', () => {
  decoded = decodeLink(location.hash, GALLERY);
  const next = initialState(decoded, GALLERY, DEFAULT_ENTRY_ID);
  $('banner').hidden = true;
  state.tf = next.tf;
  tfSelect.value = next.tf;
  applyingEntry = true;
  try {
    editor.setValue(next.code);
  } finally {
    applyingEntry = false;
  }
  state.code = next.code;
  state.example = next.example;
  syncGallerySelect();
  if (decoded.kind === 'error') {
    showLinkError();
    return;
  }
  runNow();
});

$('banner-close').addEventListener('click', () => {
  $('banner').hidden = true;
});

// ---- gallery and TF version ---------------------------------------------------

function fillGallery(): void {
  const groups: Record<GalleryEntry['group'], { en: string; zh: string }> = {
    seed: { en: 'The tutorial’s six snippets', zh: '教程中的六个示例' },
    classic: { en: 'Classic cases', zh: '经典用法' },
    errors: { en: 'Common errors', zh: '常见报错' },
  };
  gallerySelect.replaceChildren();
  const custom = document.createElement('option');
  custom.value = '';
  custom.textContent = lang === 'zh' ? '（自己的代码）' : '(your code)';
  gallerySelect.append(custom);
  for (const g of Object.keys(groups) as GalleryEntry['group'][]) {
    const og = document.createElement('optgroup');
    og.label = groups[g][lang];
    for (const e of GALLERY.filter((x) => x.group === g)) {
      const o = document.createElement('option');
      o.value = e.id;
      o.textContent = e.title[lang];
      og.append(o);
    }
    gallerySelect.append(og);
  }
  syncGallerySelect();
}

function syncGallerySelect(): void {
  const entry = findEntry(state.example);
  gallerySelect.value = entry ? entry.id : '';
  $('notes').textContent = entry ? entry.notes[lang] : '';
}

gallerySelect.addEventListener('change', () => {
  const entry = findEntry(gallerySelect.value);
  if (!entry) return;
  loadEntry(entry);
});

function loadEntry(entry: GalleryEntry): void {
  state.example = entry.id;
  state.code = entry.code;
  state.tf = entry.tf;
  tfSelect.value = entry.tf;
  applyingEntry = true;
  try {
    editor.setValue(entry.code);
  } finally {
    applyingEntry = false;
  }
  syncGallerySelect();
  runNow();
}

tfSelect.addEventListener('change', () => {
  state.tf = tfSelect.value as TfVersion;
  runNow();
});
runButton.addEventListener('click', () => runNow());

// ---- language and theme -------------------------------------------------------

function applyLang(): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = t(lang, el.dataset.i18n as StringKey);
  }
  const langButton = $('lang');
  langButton.textContent = t(lang, 'language');
  langButton.setAttribute('aria-label', t(lang, 'languageLabel'));
  textarea.setAttribute('aria-label', t(lang, 'editorLabel'));
  fillGallery();
  applyThemeLabel();
  showLinkError();
  if (lastOutcome) {
    renderResult(lastOutcome.result);
    showStatus(lastOutcome);
  }
}

$('lang').addEventListener('click', () => {
  lang = lang === 'en' ? 'zh' : 'en';
  safeSet('scopeplay.lang', lang);
  applyLang();
});

function isDark(): boolean {
  return themeChoice === 'dark' || (themeChoice === 'system' && systemDark.matches);
}

function applyTheme(): void {
  const dark = isDark();
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  editor.setTheme(dark);
  applyThemeLabel();
}

function applyThemeLabel(): void {
  const key: StringKey = themeChoice === 'system' ? 'themeSystem' : themeChoice === 'light' ? 'themeLight' : 'themeDark';
  const b = $('theme');
  b.setAttribute('aria-label', `${t(lang, 'theme')}: ${t(lang, key)}`);
  b.title = t(lang, key);
  b.dataset.choice = themeChoice;
  const icon = b.querySelector('span');
  if (icon) icon.textContent = themeChoice === 'system' ? '◐' : themeChoice === 'light' ? '☀' : '☾';
}

$('theme').addEventListener('click', () => {
  themeChoice = themeChoice === 'system' ? 'light' : themeChoice === 'light' ? 'dark' : 'system';
  safeSet('scopeplay.theme', themeChoice);
  applyTheme();
});
systemDark.addEventListener('change', () => {
  if (themeChoice === 'system') applyTheme();
});

// ---- tabs ----------------------------------------------------------------------

const tabs = [$('tab-tree'), $('tab-vars')];
function selectTab(i: number, focus: boolean): void {
  tabs.forEach((tab, j) => {
    const on = i === j;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    $(tab.getAttribute('aria-controls') ?? '').hidden = !on;
  });
  refreshPanels();
  if (focus) tabs[i].focus();
}
tabs.forEach((tab, i) => {
  tab.addEventListener('click', () => selectTab(i, false));
  tab.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      selectTab((i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length, true);
    }
  });
});

// ---- Monaco, once the first output is on screen ----------------------------------

function monacoUsable(): boolean {
  if (new URLSearchParams(location.search).get('editor') === 'plain') return false;
  return !window.matchMedia('(max-width: 760px), (pointer: coarse)').matches;
}

/**
 * Starts fetching Monaco's chunk, stylesheet and grammar together (see vite.config.ts),
 * once the first output is on screen: fetched and parsed during the first run, it
 * took the cores the engine's first run needed (bench/web/README.md).
 */
function preloadEditor(): void {
  const links = document.querySelector<HTMLTemplateElement>('template#editor-preload');
  if (!links || !monacoUsable()) return;
  document.head.append(links.content.cloneNode(true));
  links.remove();
}

let upgrading = false;
function upgradeEditor(): void {
  if (upgrading || !monacoUsable()) return;
  upgrading = true;
  performance.mark('scopeplay:editor-requested');
  import('./editor/monaco')
    .then(({ createMonacoEditor }) => {
      performance.mark('scopeplay:editor-loaded');
      const host = $('monaco');
      host.hidden = false;
      const hadFocus = document.activeElement === textarea;
      const selection = textarea.selectionStart;
      const monacoEditor = createMonacoEditor({
        ...callbacks,
        container: host,
        code: editor.getValue(),
        dark: isDark(),
        ariaLabel: t(lang, 'editorLabel'),
        filename: FILENAME,
        originLabel: (line) => t(lang, 'originallyDefined', String(line)),
        whyTitle: () => t(lang, 'whyName'),
      });
      editor.dispose();
      textarea.hidden = true;
      editor = monacoEditor;
      editor.onChange(onEdit);
      document.body.dataset.editor = 'monaco';
      performance.mark('scopeplay:editor-ready');
      if (lastOutcome) editor.showDiagnostics(lastOutcome.result.error, lastOutcome.result.events, FILENAME);
      if (hadFocus) {
        editor.focus();
        void selection;
      }
    })
    .catch((e: unknown) => {
      console.warn('scopeplay: Monaco failed to load; keeping the plain editor', e);
    });
}

// For the browser tests: what the editor shows, read-only.
(window as unknown as { scopeplay: object }).scopeplay = {
  inspect: () => ({
    editor: editor.kind,
    code: editor.getValue(),
    tf: state.tf,
    shown: lastOutcome && { code: lastOutcome.code, tf: lastOutcome.tf },
    ...editor.inspect(),
  }),
  lastRenderAt: () => lastRenderAt,
  lastPaintAt: () => lastPaintAt,
};

// ---- start ------------------------------------------------------------------------

document.body.dataset.editor = 'plain';
tfSelect.value = state.tf;
applyTheme();
applyLang();
if (decoded.kind !== 'error') runNow();
else {
  output.textContent = '';
  document.body.dataset.runs = '0';
  upgradeEditor();
}
