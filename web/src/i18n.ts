// UI strings in English and Simplified Chinese. The language comes from
// navigator.language unless the user picked one (remembered in localStorage).

import type { DecodeError } from './share/codec';

export type Lang = 'en' | 'zh';

const en = {
  title: 'scopeplay',
  tagline: 'TensorFlow 1.x scoping, live: the names and errors real TF prints',
  run: 'Run',
  runHint: 'Ctrl/Cmd+Enter',
  copyLink: 'Copy link',
  copied: 'Link copied',
  copyFailed: 'Copy failed: the link is in the address bar',
  gallery: 'Examples',
  output: 'Output',
  scopeTree: 'Scope tree',
  variables: 'Variables',
  tfVersion: 'TensorFlow',
  theme: 'Theme',
  themeSystem: 'System theme',
  themeLight: 'Light theme',
  themeDark: 'Dark theme',
  language: '中文',
  languageLabel: 'Switch language to Chinese',
  running: 'Running…',
  loadingEngine: 'Loading the engine…',
  engineFailed: 'The engine could not start:',
  timedOut: 'Stopped: the snippet ran too long (time limit).',
  noOutput: '(no output)',
  ok: 'ok',
  editorLabel: 'Python snippet',
  noVariables: 'No variables yet.',
  noScopes: 'No scopes or ops yet.',
  colName: 'Name',
  colShape: 'Shape',
  colDtype: 'dtype',
  colTrainable: 'Trainable',
  colCreatedBy: 'Created by',
  colLine: 'Line',
  colStatus: 'New / reused',
  reused: 'reused',
  fresh: 'new',
  yes: 'yes',
  no: 'no',
  nameScope: 'name scope',
  variableScope: 'variable scope',
  variable: 'variable',
  op: 'op',
  jumpTo: 'Go to line',
  elided: '… {0} more lines ({1} KB) not shown: show all',
  originallyDefined: 'first created at line {0}',
  errorAt: 'Line {0}, column {1}',
  readOnly: 'Read-only',
  openInPlayground: 'Open in scopeplay',
  opensNewTab: 'opens the full playground in a new tab',
  linkError: 'This link could not be opened',
  linkUnknownVersion: 'it uses an unknown link format (v={0}).',
  linkBadCode: 'its code is damaged or truncated.',
  linkTooLarge: 'its code is larger than the playground accepts.',
  linkBadTf: 'it names an unknown TensorFlow version ({0}).',
  linkBadExample: 'it names an unknown example ({0}).',
  dismiss: 'Dismiss',
  whyName: 'Why this name',
  skipToEditor: 'Skip to the editor',
  footer: 'Runs entirely in your browser: a C++ engine compiled to WebAssembly emulates TF 1.x naming. No Python, no TensorFlow, no server.',
};

type Strings = typeof en;

const zh: Strings = {
  title: 'scopeplay',
  tagline: 'TensorFlow 1.x 作用域实时演示：与真实 TF 一致的名字和报错',
  run: '运行',
  runHint: 'Ctrl/Cmd+Enter',
  copyLink: '复制链接',
  copied: '链接已复制',
  copyFailed: '复制失败：链接就在地址栏里',
  gallery: '示例',
  output: '输出',
  scopeTree: '作用域树',
  variables: '变量',
  tfVersion: 'TensorFlow',
  theme: '主题',
  themeSystem: '跟随系统',
  themeLight: '浅色主题',
  themeDark: '深色主题',
  language: 'English',
  languageLabel: '切换到英文',
  running: '运行中…',
  loadingEngine: '正在加载引擎…',
  engineFailed: '引擎无法启动：',
  timedOut: '已停止：代码运行时间过长（超出时间限制）。',
  noOutput: '（无输出）',
  ok: '完成',
  editorLabel: 'Python 代码',
  noVariables: '还没有变量。',
  noScopes: '还没有作用域或操作。',
  colName: '名字',
  colShape: '形状',
  colDtype: '类型',
  colTrainable: '可训练',
  colCreatedBy: '创建方式',
  colLine: '行',
  colStatus: '新建 / 复用',
  reused: '复用',
  fresh: '新建',
  yes: '是',
  no: '否',
  nameScope: 'name_scope',
  variableScope: 'variable_scope',
  variable: '变量',
  op: '操作',
  jumpTo: '跳到第几行',
  elided: '… 还有 {0} 行（{1} KB）未显示：显示全部',
  originallyDefined: '最初创建于第 {0} 行',
  errorAt: '第 {0} 行，第 {1} 列',
  readOnly: '只读',
  openInPlayground: '在 scopeplay 中打开',
  opensNewTab: '在新标签页中打开完整的演示页面',
  linkError: '无法打开这个链接',
  linkUnknownVersion: '链接格式未知（v={0}）。',
  linkBadCode: '链接里的代码已损坏或被截断。',
  linkTooLarge: '链接里的代码太长，超出了限制。',
  linkBadTf: '链接指定了未知的 TensorFlow 版本（{0}）。',
  linkBadExample: '链接指定了不存在的示例（{0}）。',
  dismiss: '关闭',
  whyName: '为什么是这个名字',
  skipToEditor: '跳到编辑器',
  footer: '完全在浏览器里运行：由 C++ 编译成 WebAssembly 的引擎模拟 TF 1.x 的命名规则。无需 Python、TensorFlow 或服务器。',
};

export type StringKey = keyof Strings;
const tables: Record<Lang, Strings> = { en, zh };

export function pickLang(stored: string | null, navigatorLanguages: readonly string[]): Lang {
  if (stored === 'en' || stored === 'zh') return stored;
  for (const l of navigatorLanguages) {
    const low = l.toLowerCase();
    if (low.startsWith('zh')) return 'zh';
    if (low.startsWith('en')) return 'en';
  }
  return 'en';
}

export function t(lang: Lang, key: StringKey, ...args: string[]): string {
  return tables[lang][key].replace(/\{(\d)\}/g, (_, i: string) => args[Number(i)] ?? '');
}

const LINK_ERRORS: Record<DecodeError, StringKey> = {
  'unknown-version': 'linkUnknownVersion',
  'bad-code': 'linkBadCode',
  'too-large': 'linkTooLarge',
  'bad-tf': 'linkBadTf',
  'bad-example': 'linkBadExample',
};

/** "This link could not be opened: its code is damaged or truncated." */
export function linkErrorText(lang: Lang, error: DecodeError, detail: string): string {
  return `${t(lang, 'linkError')}: ${t(lang, LINK_ERRORS[error], detail)}`;
}
