// The embed's presentation options, from its query string (the snippet itself
// travels in the fragment, in the share-link format):
//   embed.html?readonly=1&theme=dark&lang=zh#v=1&tf=1.15&code=…
// Unknown or malformed values fall back to the defaults: editable, the
// system's theme, the browser's language.
import type { Lang } from './i18n';

export interface EmbedOptions {
  readOnly: boolean;
  theme: 'system' | 'light' | 'dark';
  lang: Lang | null;
}

export function parseEmbedOptions(search: string): EmbedOptions {
  const q = new URLSearchParams(search);
  const ro = q.get('readonly');
  const theme = q.get('theme');
  const lang = (q.get('lang') ?? '').toLowerCase();
  return {
    readOnly: ro !== null && ro !== '0' && ro !== 'false',
    theme: theme === 'light' || theme === 'dark' ? theme : 'system',
    lang: lang === 'en' || lang.startsWith('en-') ? 'en' : lang === 'zh' || lang.startsWith('zh-') ? 'zh' : null,
  };
}

