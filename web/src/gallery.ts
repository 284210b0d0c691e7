// The gallery: data files, not code. web/gallery/gallery.json lists each
// entry (id, en/zh title and notes, TF version, snippet file); the snippets
// are bundled as raw text. Golden outputs sit in web/gallery/expected/.
import manifest from '../gallery/gallery.json';
import type { Lang } from './i18n';
import { TF_VERSIONS, type TfVersion } from './types';

const files = import.meta.glob(['../gallery/classic/*.py', '../../examples/seed/*.py'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

// Glob keys are relative to this file, manifest paths to web/gallery/: compare absolute paths.
const byPath = new Map(
  Object.entries(files).map(([key, text]) => [new URL(key, 'file:///repo/web/src/').pathname, text]),
);

export interface GalleryEntry {
  id: string;
  group: 'seed' | 'classic' | 'errors';
  tf: TfVersion;
  title: Record<Lang, string>;
  notes: Record<Lang, string>;
  code: string;
}

interface RawEntry {
  id: string;
  file: string;
  tf: string;
  group: string;
  title: Record<Lang, string>;
  notes: Record<Lang, string>;
}

export const GALLERY: readonly GalleryEntry[] = (manifest.entries as RawEntry[]).map((e) => {
  const code = byPath.get(new URL(e.file, 'file:///repo/web/gallery/').pathname);
  if (code === undefined) throw new Error(`gallery: missing snippet ${e.file}`);
  if (!(TF_VERSIONS as readonly string[]).includes(e.tf)) throw new Error(`gallery: bad tf ${e.tf}`);
  return {
    id: e.id,
    group: e.group as GalleryEntry['group'],
    tf: e.tf as TfVersion,
    title: e.title,
    notes: e.notes,
    code,
  };
});

export const DEFAULT_ENTRY_ID = 'seed_5';

export function findEntry(id: string | undefined): GalleryEntry | undefined {
  return id === undefined ? undefined : GALLERY.find((e) => e.id === id);
}
