#!/usr/bin/env node
// Regenerates web/gallery/expected/<id>.txt: what the output panel must show
// for each gallery entry (stdout, stderr, then the traceback), produced by the
// native CLI running the snippet as snippet.py, the playground's file name.
//   node web/gallery/regen.mjs [path/to/scopeplay]   (default build/native/scopeplay)
// Review the diff before committing: these files are the e2e tests' goldens.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '../..');
const cli = resolve(process.argv[2] ?? join(repo, 'build/native/scopeplay'));
const manifest = JSON.parse(readFileSync(join(here, 'gallery.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'scopeplay-gallery-'));
mkdirSync(join(here, 'expected'), { recursive: true });
try {
  for (const entry of manifest.entries) {
    copyFileSync(join(here, entry.file), join(work, 'snippet.py'));
    let json;
    try {
      json = execFileSync(cli, ['run', '--json', '--tf', entry.tf, 'snippet.py'], { cwd: work, encoding: 'utf8' });
    } catch (e) {
      json = e.stdout; // exit status 1: the snippet raised; the JSON is still complete
    }
    const r = JSON.parse(json);
    const text = r.stdout + r.stderr + (r.error ? r.error.formatted : '');
    writeFileSync(join(here, 'expected', `${entry.id}.txt`), text);
    console.log(`${entry.id}: ${r.error ? r.error.type : 'ok'}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
