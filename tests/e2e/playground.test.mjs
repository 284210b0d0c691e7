// End-to-end tests of the built playground in Debian's Chromium: every gallery
// snippet against its golden output, error markers, share links, hostile
// input, a runaway snippet, theme, language and a phone-sized screen.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import lz from 'lz-string';
import { REPO, outputText, runsSoFar, settled, startBrowser, waitForRun } from './browser.mjs';

const gallery = JSON.parse(readFileSync(join(REPO, 'web/gallery/gallery.json'), 'utf8'));
const expected = (id) => readFileSync(join(REPO, 'web/gallery/expected', `${id}.txt`), 'utf8');

let b;
before(async () => {
  b = await startBrowser();
});
after(async () => {
  await b?.close();
});

const inspect = (page) => page.evaluate(() => window.scopeplay.inspect());

async function openPage(hash = '', { monaco = true } = {}) {
  const page = await b.newPage();
  await page.goto(b.url + hash);
  if (!hash.includes('v=1&code=!')) await waitForRun(page);
  if (monaco) await page.waitForFunction(() => document.body.dataset.editor === 'monaco', null, { timeout: 30000 });
  return page;
}

/** Focuses the editor (Monaco or the textarea). */
async function focusEditor(page) {
  const kind = (await inspect(page)).editor;
  if (kind === 'monaco') await page.locator('.monaco-editor .view-lines').first().click();
  else await page.locator('#code').focus();
}

/**
 * Replaces the editor's text as a user pasting it would (select all, paste),
 * then waits for the live run that follows.
 */
async function typeCode(page, code, { wait = true } = {}) {
  const before = await runsSoFar(page);
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate((text) => {
    const target = document.activeElement;
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    if (target.dispatchEvent(event) && target instanceof HTMLTextAreaElement) {
      // A plain textarea ignores synthetic paste events: insert like the browser would.
      target.setRangeText(text, target.selectionStart, target.selectionEnd, 'end');
      target.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }
  }, code);
  await page.waitForFunction((c) => window.scopeplay.inspect().code === c, code);
  if (!wait) return before;
  await waitForRun(page, before);
  await settled(page);
  return runsSoFar(page);
}

test('the page loads, runs the default snippet and swaps in Monaco', async () => {
  const page = await openPage();
  assert.equal(await outputText(page), expected('seed_5'));
  assert.equal((await inspect(page)).editor, 'monaco');
  // The output was on screen (in the plain editor's page) before Monaco took over.
  const [first, painted, requested, editorReady] = await page.evaluate(() =>
    ['scopeplay:first-output', 'scopeplay:first-output-painted', 'scopeplay:editor-requested', 'scopeplay:editor-ready'].map(
      (n) => performance.getEntriesByName(n)[0]?.startTime ?? -1,
    ),
  );
  assert.ok(first > 0 && editorReady > first, `first output ${first} ms, editor ${editorReady} ms`);
  // Monaco is sent for once the frame showing the output has been painted.
  assert.ok(painted > first && requested >= painted, `output ${first}, painted ${painted}, Monaco requested ${requested} ms`);
  await page.waitForTimeout(300);
  await b.screenshot(page, 'desktop-light');
  await page.close();
});

test("the engine starts from the page's <head>: one worker (with the engine's JavaScript), one .wasm download, before the page's script", async () => {
  const page = await b.newPage();
  const workers = [];
  page.on('worker', (w) => workers.push(w.url()));
  const wasmRequests = [];
  const glueRequests = [];
  page.on('request', (r) => {
    if (/\/scopeplay-[\w-]+\.wasm$/.test(r.url())) wasmRequests.push(r.url());
    if (/\/scopeplay-[\w-]+\.mjs$/.test(r.url())) glueRequests.push(r.url());
  });
  await page.goto(b.url);
  await waitForRun(page);
  await page.waitForFunction(() => document.body.dataset.editor === 'monaco', null, { timeout: 30000 });
  const marks = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  );
  const [boot, pageScript] = [marks['scopeplay:boot'], marks['scopeplay:page-script']];
  assert.ok(boot !== undefined, 'the boot script ran');
  assert.ok(boot < pageScript, `boot at ${boot} ms, the page's script ran at ${pageScript} ms`);
  assert.ok(marks['scopeplay:boot'] < marks['scopeplay:engine-ready']);
  assert.equal(wasmRequests.length, 1, `the .wasm was requested ${wasmRequests.length} times`);
  assert.equal(workers.filter((u) => /\/engineWorker-[\w-]+\.js$/.test(u)).length, 1, `engine workers: ${workers.join(', ')}`);
  assert.deepEqual(glueRequests, [], 'the Emscripten JavaScript comes inside the worker script');
  assert.equal(await outputText(page), expected('seed_5'));
  await page.close();
});

test('every gallery snippet prints its golden output', async () => {
  const page = await openPage();
  for (const entry of gallery.entries) {
    const before = await runsSoFar(page);
    await page.selectOption('#gallery', entry.id);
    await waitForRun(page, before);
    await settled(page);
    await page.waitForFunction((id) => document.getElementById('gallery').value === id, entry.id);
    assert.equal(await page.locator('#tf').inputValue(), entry.tf, entry.id);
    assert.equal(await outputText(page), expected(entry.id), `output of ${entry.id}`);
    assert.match(await page.evaluate(() => location.hash), new RegExp(`example=${entry.id}$`));
  }
  await page.close();
});

test('an error gets a marker at its exact line and column (UTF-16)', async () => {
  const page = await openPage();
  await typeCode(page, 'x = 1\n');
  // Type the faulty line key by key (Monaco closes the bracket itself).
  const before = await runsSoFar(page);
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('print(x + undefined_name', { delay: 15 });
  await page.waitForFunction(() => window.scopeplay.inspect().code.startsWith('x = 1\nprint(x + undefined_name'));
  if (!(await inspect(page)).code.endsWith(')')) await page.keyboard.type(')');
  await page.waitForFunction(() => window.scopeplay.inspect().code === 'x = 1\nprint(x + undefined_name)');
  await waitForRun(page, before);
  // Runs started while typing may land first: wait for the one of the final text.
  await page.waitForFunction(() => document.getElementById('output').textContent.includes("name 'undefined_name' is not defined"));
  await page.waitForFunction(() => window.scopeplay.inspect().markers.length === 1);
  let info = await inspect(page);
  assert.equal(info.markers.length, 1);
  assert.deepEqual(
    [info.markers[0].startLineNumber, info.markers[0].startColumn, info.markers[0].endLineNumber, info.markers[0].endColumn],
    [2, 11, 2, 25],
  );
  assert.match(info.markers[0].message, /NameError: name 'undefined_name' is not defined/);
  await page.waitForSelector('.squiggly-error');
  // Non-ASCII before the error: columns count UTF-16 code units, as Monaco does.
  await typeCode(page, 's = "é😀"; print(s + nope)\n');
  info = await inspect(page);
  assert.deepEqual([info.markers[0].startLineNumber, info.markers[0].startColumn, info.markers[0].endColumn], [1, 22, 26]);
  await b.screenshot(page, 'error-marker');
  // Fixing the code clears the marker.
  await typeCode(page, 'print("fixed")\n');
  assert.equal((await inspect(page)).markers.length, 0);
  assert.equal(await outputText(page), 'fixed\n');
  await page.close();
});

test('"Originally defined at" jumps to the first definition', async () => {
  const page = await openPage('#v=1&tf=1.15&example=error_already_exists');
  const info = await inspect(page);
  assert.equal(info.markers.length, 1);
  assert.equal(info.markers[0].startLineNumber, 8);
  assert.deepEqual(info.markers[0].related, [4]);
  const links = page.locator('#output button.loc');
  assert.equal(await links.count(), 2);
  assert.equal(await links.nth(1).textContent(), 'File "snippet.py", line 4');
  await links.nth(1).click();
  assert.equal((await inspect(page)).cursorLine, 4);
  await links.nth(0).click();
  assert.equal((await inspect(page)).cursorLine, 8);
  await page.close();
});

test('inline names and the scope tree show what each line created', async () => {
  const page = await openPage('#v=1&tf=1.15&example=reenter_variable_scope');
  // Monaco renders spaces as U+00A0.
  const viewText = () => page.evaluate(() => (document.querySelector('.monaco-editor .view-lines')?.textContent ?? '').replace(/\u00a0/g, ' '));
  await page.waitForFunction(() => (document.querySelector('.monaco-editor .view-lines')?.textContent ?? '').replace(/\u00a0/g, ' ').includes('→ V1_1/c:0'));
  const hints = await viewText();
  assert.match(hints, /→ V1_1\/c:0/);
  assert.match(hints, /→ V1\/ \(ops in V1_1\/\)/);
  const tree = await page.locator('#panel-tree').textContent();
  assert.match(tree, /V1\//);
  assert.match(tree, /V1_1\//);
  await page.click('#tab-vars');
  const rows = await page.locator('#panel-vars tbody tr').allTextContents();
  assert.equal(rows.length, 2);
  assert.match(rows[0], /V1\/a:0/);
  assert.match(rows[1], /V1_1\/c:0.*tf\.Variable/);
  await b.screenshot(page, 'variables-table');
  await page.close();
});

test('a closed scope of the tree shows its ops once opened', async () => {
  const page = await openPage('#v=1&tf=1.15&example=gan_var_lists');
  // Scopes without variables (an initializer's ops, the gradients of a layer) start
  // closed, and their contents are built when first opened.
  const closed = await page.locator('#panel-tree details:not([open])').count();
  assert.ok(closed > 10, `${closed} closed scopes`);
  const scope = page.locator('#panel-tree details:not([open])').first();
  const name = await scope.locator(':scope > summary').textContent();
  assert.equal(await scope.locator(':scope > ul > li').count(), 0);
  await scope.locator(':scope > summary').click();
  const opened = page.locator('#panel-tree details[open]', { has: page.locator(':scope > summary', { hasText: name }) }).first();
  await page.waitForFunction(() => document.querySelectorAll('#panel-tree details[open] > ul > li').length > 0);
  const count = await opened.locator(':scope > ul > li').count();
  assert.ok(count > 0);
  assert.match(await opened.locator(':scope > ul').textContent(), /op/);
  // Closed and opened again: built once, not twice.
  await opened.locator(':scope > summary').click();
  await page.locator('#panel-tree details', { has: page.locator(':scope > summary', { hasText: name }) }).first().locator(':scope > summary').click();
  assert.equal(await opened.locator(':scope > ul > li').count(), count);
  await page.close();
});

test('a graph the keystroke left unchanged keeps its tree; the hidden table follows the latest run', async () => {
  const page = await openPage('#v=1&tf=1.15&example=gan_var_lists');
  const scope = page.locator('#panel-tree details:not([open])').first();
  const name = await scope.locator(':scope > summary').textContent();
  await scope.locator(':scope > summary').click();
  await page.evaluate(() => { document.querySelector('#panel-tree > *').dataset.mark = 'kept'; });
  // A new line at the end: the same graph, so the same tree (the opened scope stays open).
  let runs = await runsSoFar(page);
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  runs = await waitForRun(page, runs);
  assert.equal(await page.locator('#panel-tree > [data-mark=kept]').count(), 1, 'not rebuilt');
  assert.equal(await page.locator('#panel-tree details[open]', { has: page.locator(':scope > summary', { hasText: name }) }).count(), 1);
  // A new variable changes the graph: the tree is rebuilt, and the table (hidden
  // until now) shows it once its tab is opened.
  await page.keyboard.type('extra = tf.get_variable("extra", [3])');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.scopeplay.inspect().shown?.code.includes('"extra", [3]'));
  await settled(page);
  assert.equal(await page.locator('#panel-tree > [data-mark=kept]').count(), 0, 'rebuilt');
  assert.match(await page.locator('#panel-tree').textContent(), /extra/);
  await page.click('#tab-vars');
  assert.match(await page.locator('#panel-vars').textContent(), /extra:0\(3,\)/);
  await page.close();
});

test('typing updates the link once the output is shown and typing pauses; Copy link at once', async () => {
  const page = await b.newPage();
  // When each replaceState came, and when the output shown last had been.
  await page.addInitScript(() => {
    window.__links = [];
    const replace = history.replaceState.bind(history);
    history.replaceState = (...args) => {
      window.__links.push([performance.now(), window.scopeplay?.lastRenderAt() ?? 0]);
      return replace(...args);
    };
  });
  await page.goto(b.url + '#v=1&tf=1.15&example=seed_1');
  await waitForRun(page);
  await page.waitForFunction(() => document.body.dataset.editor === 'monaco', null, { timeout: 30000 });
  const before = await page.evaluate(() => location.hash);
  const typedAt = await page.evaluate(() => { window.__links.length = 0; return performance.now(); });
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('x = 1');
  await page.waitForFunction((h) => location.hash !== h, before, { timeout: 5000 });
  const hash = await page.evaluate(() => location.hash);
  assert.match(hash, /^#v=1&tf=1\.15&code=/);
  const links = await page.evaluate(() => window.__links);
  // Written after an output of the typed code was shown, and some 400 ms after it.
  assert.ok(links.length >= 1, 'the link was written');
  for (const [at, shown] of links) {
    assert.ok(shown > typedAt && at - shown >= 350, `link at ${at - typedAt} ms, output at ${shown - typedAt} ms`);
  }
  // Copy link writes the link of the latest edit at once.
  await page.keyboard.type('2');
  await page.click('#copy');
  const copied = await page.evaluate(() => location.hash);
  assert.notEqual(copied, hash);
  await page.close();
  const again = await openPage(copied);
  assert.match((await inspect(again)).code, /x = 12\n?$/);
  await again.close();
});

test('the plain editor marks the error and shows the inline names', async () => {
  const page = await openPage('?editor=plain#v=1&tf=1.15&example=error_already_exists', { monaco: false });
  await page.waitForTimeout(300);
  let info = await inspect(page);
  assert.equal(info.editor, 'plain');
  assert.equal(info.markers.length, 1);
  assert.deepEqual(
    [info.markers[0].startLineNumber, info.markers[0].startColumn, info.markers[0].endLineNumber, info.markers[0].endColumn],
    [8, 10, 8, 38],
  );
  assert.deepEqual(info.markers[0].related, [4]);
  // Visible: the range underlined, the line's number marked, the message under the text.
  assert.equal(await page.locator('.pl-err').textContent(), 'tf.get_variable("w", [3, 3])');
  assert.equal(await page.locator('.pl-num-error').textContent(), '8');
  const problem = page.locator('.plain-problem');
  assert.ok(await problem.isVisible());
  assert.match(await problem.textContent(), /Line 8, column 10.*first created at line 4.*ValueError: Variable dense\/w already exists/s);
  // Accessible: the textarea is invalid and described by the message.
  const code = page.locator('#code');
  assert.equal(await code.getAttribute('aria-invalid'), 'true');
  assert.equal(await code.getAttribute('aria-describedby'), await problem.getAttribute('id'));
  // The underline sits under the real glyphs: column 10 of the textarea's own font.
  const offset = await page.evaluate(() => {
    const ta = document.getElementById('code');
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = getComputedStyle(ta).font;
    const expectedLeft = ta.getBoundingClientRect().left + parseFloat(getComputedStyle(ta).paddingLeft) + ctx.measureText('    w2 = '.slice(0, 9)).width;
    return document.querySelector('.pl-err').getBoundingClientRect().left - expectedLeft;
  });
  assert.ok(Math.abs(offset) < 1.5, `underline off by ${offset}px`);
  // Inline names after the lines that created something.
  assert.deepEqual(info.names.map((n) => [n.line, n.label]), [[3, '→ dense/'], [4, '→ dense/w:0'], [7, '→ dense/ (ops in dense_1/)']]);
  const rows = await page.locator('.plain-lines .pl-line').allTextContents();
  assert.match(rows[3], /w = tf\.get_variable\("w", \[3, 3\]\)\s*→ dense\/w:0$/);
  await b.screenshot(page, 'plain-editor-error');
  // The message's locations jump.
  await problem.getByRole('button', { name: 'first created at line 4' }).click();
  assert.equal((await inspect(page)).cursorLine, 4);
  await problem.getByRole('button', { name: 'Line 8, column 10' }).click();
  assert.equal((await inspect(page)).cursorLine, 8);
  // The layer follows the textarea when it scrolls.
  const long = Array.from({ length: 60 }, (_, i) => `x${i} = ${i}`).join('\n') + '\nprint(nope)\n';
  await typeCode(page, long);
  info = await inspect(page);
  assert.equal(info.markers[0].startLineNumber, 61);
  await page.evaluate(() => {
    const ta = document.getElementById('code');
    ta.scrollTop = ta.scrollHeight;
    ta.dispatchEvent(new Event('scroll'));
  });
  const [err, box] = await page.evaluate(() => [document.querySelector('.pl-err'), document.getElementById('code')].map((e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  }));
  assert.ok(err.top >= box.top && err.bottom <= box.bottom, `error mark ${JSON.stringify(err)} inside ${JSON.stringify(box)}`);
  // Fixing the code clears everything.
  await typeCode(page, 'print("fixed")\n');
  assert.equal((await inspect(page)).markers.length, 0);
  assert.equal(await page.locator('.pl-err').count(), 0);
  assert.ok(await problem.isHidden());
  assert.equal(await code.getAttribute('aria-invalid'), 'false');
  await page.close();
});

test('the plain editor draws only the lines in view, so a huge paste stays light', async () => {
  const page = await openPage('?editor=plain', { monaco: false });
  // 40,000 lines (about 1 MB) with an error on the last one.
  const huge = Array.from({ length: 40000 }, (_, i) => `v${i} = ${i}  # ${'x'.repeat(12)}`).join('\n') + '\nprint(missing_name)\n';
  await typeCode(page, huge);
  assert.match(await outputText(page), /NameError: name 'missing_name' is not defined/);
  const drawn = () => page.evaluate(() => [document.querySelectorAll('.plain-lines .pl-line').length, document.querySelectorAll('.plain-gutter .pl-num').length]);
  let [rows, numbers] = await drawn();
  assert.ok(rows > 0 && rows < 150 && numbers === rows, `${rows} rows, ${numbers} numbers drawn`);
  // A key press costs the page little beyond the textarea's own layout of a megabyte.
  const ms = await page.evaluate(() => {
    const ta = document.getElementById('code');
    ta.setRangeText('#', 0, 0, 'end');
    void ta.clientHeight; // the textarea lays its text out, with or without the layer
    const t0 = performance.now();
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    return performance.now() - t0;
  });
  assert.ok(ms < 100, `input handled in ${ms} ms`);
  // Scrolled to the end, the error's line is drawn, marked and numbered.
  await page.evaluate(() => {
    const ta = document.getElementById('code');
    ta.scrollTop = ta.scrollHeight;
    ta.dispatchEvent(new Event('scroll'));
  });
  await page.waitForFunction(() => document.querySelector('.pl-num-error')?.textContent === '40001');
  [rows, numbers] = await drawn();
  assert.ok(rows < 150, `${rows} rows drawn at the end`);
  assert.equal(await page.locator('.pl-err').textContent(), 'missing_name');
  const [err, box] = await page.evaluate(() => [document.querySelector('.pl-err'), document.getElementById('code')].map((e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  }));
  assert.ok(err.top >= box.top && err.bottom <= box.bottom, `error mark ${JSON.stringify(err)} inside ${JSON.stringify(box)}`);
  await page.close();
});

test('the deferred code and the TF builders are read after the first output, and a first snippet needing either runs', async () => {
  const page = await b.newPage();
  const builders = [];
  const deferred = [];
  page.on('request', (r) => {
    if (/scopeplay-tf-builders-[\w-]+\.txt$/.test(r.url())) builders.push(r.url());
    if (/scopeplay\.deferred-[\w-]+\.wasm$/.test(r.url())) deferred.push(r.url());
  });
  await page.goto(b.url + '#v=1&tf=1.15&example=seed_1');
  await waitForRun(page);
  assert.deepEqual(builders, [], 'not on the way of the first output');
  assert.deepEqual(deferred, [], 'not on the way of the first output');
  await page.waitForFunction(() => document.body.dataset.editor === 'monaco', null, { timeout: 30000 });
  for (let i = 0; i < 100 && !(builders.length && deferred.length); i++) await page.waitForTimeout(50);
  assert.equal(builders.length, 1, 'read once the page is idle');
  assert.equal(deferred.length, 1, 'read once the page is idle');
  await page.close();
  // A first snippet that needs the builders: its worker reads them at once, and the output is the real one.
  const layers = await b.newPage();
  await layers.goto(b.url + '#v=1&tf=1.15&example=dense_naming');
  await waitForRun(layers);
  assert.equal(await outputText(layers), expected('dense_naming'));
  await layers.close();
  // A shared snippet beyond the gallery's code: the worker reads the deferred part on the spot.
  const code = 'import itertools\nprint(list(itertools.permutations("ab")))\nprint("%-5s|%+.2e" % ("x", 1234.5))\n';
  const beyond = await b.newPage();
  await beyond.goto(b.url + '#v=1&tf=1.15&code=' + lz.compressToEncodedURIComponent(code));
  await waitForRun(beyond);
  assert.equal(await outputText(beyond), "[('a', 'b'), ('b', 'a')]\nx    |+1.23e+03\n");
  await beyond.close();
});

test('Monaco is fetched once the first output is on screen, and takes over with markers and names', async () => {
  const page = await openPage('#v=1&tf=1.15&example=error_already_exists');
  const t = await page.evaluate(() => ({
    first: performance.getEntriesByName('scopeplay:first-output')[0]?.startTime,
    ready: performance.getEntriesByName('scopeplay:editor-ready')[0]?.startTime,
    monaco: performance.getEntriesByType('resource').find((e) => /\/monaco-[\w-]+\.js$/.test(e.name))?.startTime,
    template: document.querySelector('template#editor-preload') !== null,
  }));
  // Fetched and parsed during the first run, the editor took the cores that run needed.
  assert.ok(t.monaco !== undefined && t.monaco >= t.first, `Monaco requested at ${t.monaco} ms, first output at ${t.first} ms`);
  assert.ok(t.ready > t.first, `editor ready at ${t.ready} ms`);
  assert.equal(t.template, false, 'the preload links were used');
  const info = await inspect(page);
  assert.equal(info.editor, 'monaco');
  assert.equal(info.markers.length, 1);
  assert.equal(info.markers[0].startLineNumber, 8);
  assert.equal(info.names.length, 3);
  // The plain editor is gone, its problem bar with it.
  assert.ok(await page.locator('.plain').isHidden());
  assert.match(await page.locator('.monaco-editor .view-lines').textContent(), /w2\s=\stf\.get_variable/);
  await page.close();
});

test('share link round trip: code and TF version survive', async () => {
  const page = await openPage();
  const code = 'import tensorflow as tf\nwith tf.variable_scope("enc"):\n    v = tf.get_variable("v", [1])\nprint(v.name)  # 名字 ✓\n';
  await typeCode(page, code);
  const before = await runsSoFar(page);
  await page.selectOption('#tf', '1.3');
  await waitForRun(page, before);
  const hash = await page.evaluate(() => location.hash);
  assert.match(hash, /^#v=1&tf=1\.3&code=[A-Za-z0-9+\-$]+$/);
  await page.close();
  const again = await openPage(hash);
  const info = await inspect(again);
  assert.equal(info.code, code);
  assert.equal(info.tf, '1.3');
  assert.equal(await again.locator('#tf').inputValue(), '1.3');
  assert.equal(await outputText(again), 'enc/v:0\n');
  // A link pasted into the same tab (only the fragment changes) opens too.
  const runs = await runsSoFar(again);
  await again.evaluate(() => {
    location.hash = '#v=1&tf=1.3&example=seed_4';
  });
  await waitForRun(again, runs);
  await settled(again);
  assert.equal(await outputText(again), expected('seed_4'));
  assert.equal(await again.locator('#gallery').inputValue(), 'seed_4');
  await again.close();
});

test('a malformed link shows a message and an empty editor, and the page still works', async () => {
  for (const hash of ['#v=1&code=!!!broken', '#v=42&code=abc', '#v=1&tf=9.9', '#v=1&example=nope']) {
    const page = await b.newPage();
    await page.goto(b.url + hash);
    await page.waitForSelector('#banner:not([hidden])');
    assert.match(await page.locator('#banner-text').textContent(), /could not be opened/);
    assert.equal((await inspect(page)).code, '');
    await page.waitForFunction(() => document.body.dataset.editor === 'monaco', null, { timeout: 30000 });
    if (hash === '#v=1&code=!!!broken') await b.screenshot(page, 'malformed-link');
    const before = await runsSoFar(page);
    await typeCode(page, 'print("still works")\n');
    assert.ok((await runsSoFar(page)) > before);
    assert.equal(await outputText(page), 'still works\n');
    await page.close();
  }
});

test('output is text, never HTML', async () => {
  const page = await openPage();
  const payload = '<img src=x onerror="window.__xss=1">';
  await typeCode(page, `print('${payload}')\nraise ValueError('<b>bold</b>')\n`);
  const text = await outputText(page);
  assert.ok(text.startsWith(payload + '\n'), text);
  assert.match(text, /ValueError: <b>bold<\/b>/);
  assert.equal(await page.locator('#output img, #output b').count(), 0);
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  await page.close();
});

test('an infinite loop is stopped while the page stays responsive', async () => {
  const page = await openPage();
  const before = await runsSoFar(page);
  await typeCode(page, 'x = 0\nwhile True:\n    x += 1\n', { wait: false });
  await page.waitForTimeout(400); // past the debounce: the loop is now running in the worker
  // The run is in flight in the worker: the page must answer a click at once.
  const started = Date.now();
  const choice = await page.evaluate(async () => {
    const t0 = performance.now();
    document.getElementById('tab-vars').click();
    await new Promise((r) => requestAnimationFrame(() => r()));
    return { ms: performance.now() - t0, selected: document.getElementById('tab-vars').getAttribute('aria-selected') };
  });
  assert.ok(choice.ms < 200, `click answered in ${choice.ms} ms`);
  assert.equal(choice.selected, 'true');
  const clickRoundTrip = Date.now() - started;
  assert.ok(clickRoundTrip < 1000, `round trip ${clickRoundTrip} ms`);
  await waitForRun(page, before, 15000);
  const text = await outputText(page);
  assert.match(text, /(TimeoutError|limit|steps)/i, text);
  // The engine's step budget stops the loop where it runs, with a traceback and
  // a marker there; the host's wall clock (a slow machine) knows no position.
  const { markers } = await inspect(page);
  if (/steps/.test(text)) {
    assert.match(text, /^Traceback \(most recent call last\):\n {2}File "[^"]*", line [23], in <module>\n/, text);
    assert.equal(markers.length, 1);
    assert.ok([2, 3].includes(markers[0].startLineNumber), JSON.stringify(markers));
    assert.match(markers[0].message, /^TimeoutError: scopeplay stopped the snippet after \d+ steps/);
  } else {
    assert.equal(markers.length, 0);
  }
  await typeCode(page, 'print("after the loop")\n');
  assert.equal(await outputText(page), 'after the loop\n');
  await page.close();
});

test('a long output shows its beginning and end, and all of it on request', async () => {
  const page = await openPage();
  await typeCode(page, 'for i in range(30000):\n    print(i)\nprint(undefined_name)\n');
  const full = Array.from({ length: 30000 }, (_, i) => `${i}\n`).join('');
  const text = await outputText(page);
  assert.ok(text.startsWith('0\n1\n2\n'), text.slice(0, 50));
  assert.match(text, /NameError: name 'undefined_name' is not defined\n$/);
  assert.ok(text.length < full.length, `${text.length} characters shown`);
  const more = page.locator('#output button.elided');
  assert.match(await more.textContent(), /^… [\d,]+ more lines \(\d+ KB\) not shown: show all$/);
  await more.click();
  const whole = await outputText(page);
  assert.ok(whole.startsWith(full), 'every line, in order');
  assert.match(whole, /NameError: name 'undefined_name' is not defined\n$/);
  assert.equal(await page.locator('#output button.elided').count(), 0);
  await page.close();
});

test('theme toggle cycles system, light and dark', async () => {
  const page = await openPage();
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForRun(page);
  const read = () => page.evaluate(() => [document.getElementById('theme').dataset.choice, document.documentElement.dataset.theme]);
  assert.deepEqual(await read(), ['system', 'light']);
  await page.click('#theme');
  assert.deepEqual(await read(), ['light', 'light']);
  await page.click('#theme');
  assert.deepEqual(await read(), ['dark', 'dark']);
  await page.waitForTimeout(300);
  await b.screenshot(page, 'desktop-dark');
  await page.reload();
  await waitForRun(page);
  assert.deepEqual(await read(), ['dark', 'dark']);
  await page.click('#theme');
  assert.deepEqual(await read(), ['system', 'light']);
  await page.close();
});

test('the system dark preference is followed', async () => {
  const page = await b.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(b.url);
  await waitForRun(page);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await page.close();
});

test('language toggle switches the UI to Chinese and back', async () => {
  const page = await openPage('#v=1&tf=1.15&example=seed_2');
  assert.equal(await page.locator('#run [data-i18n="run"]').textContent(), 'Run');
  await page.click('#lang');
  assert.equal(await page.locator('#run [data-i18n="run"]').textContent(), '运行');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  assert.match(await page.locator('#gallery option:checked').textContent(), /示例 2/);
  await page.waitForTimeout(300);
  await b.screenshot(page, 'desktop-zh');
  await page.click('#lang');
  assert.equal(await page.locator('#run [data-i18n="run"]').textContent(), 'Run');
  await page.close();
});

test('keyboard: Ctrl+Enter runs, Esc leaves the editor, focus is visible', async () => {
  const page = await openPage();
  await focusEditor(page);
  const before = await runsSoFar(page);
  await page.keyboard.press('ControlOrMeta+Enter');
  await waitForRun(page, before);
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'run');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'copy');
  await page.close();
});

test('a phone-sized screen keeps the plain editor and works', async () => {
  const page = await b.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(b.url + '#v=1&tf=1.15&example=seed_3');
  await waitForRun(page);
  await page.waitForTimeout(500);
  await b.screenshot(page, 'phone');
  assert.equal((await inspect(page)).editor, 'plain');
  assert.equal(await outputText(page), expected('seed_3'));
  assert.match(await page.locator('.plain-lines').textContent(), /→ V1\/a2:0/);
  assert.ok(!(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /monaco/.test(e.name)))), 'no Monaco on a phone');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `no horizontal page scroll (${width}px)`);
  await typeCode(page, 'print("phone")\n');
  assert.equal(await outputText(page), 'phone\n');
  await page.close();
});

test('a Chinese browser gets the Chinese UI', async () => {
  const zh = await startBrowser({ locale: 'zh-CN' });
  try {
    const page = await zh.newPage();
    await page.goto(zh.url);
    await waitForRun(page);
    assert.equal(await page.evaluate(() => navigator.language), 'zh-CN');
    assert.equal(await page.locator('#run [data-i18n="run"]').textContent(), '运行');
    assert.equal(await page.locator('#lang').textContent(), 'English');
    assert.equal(await outputText(page), expected('seed_5'));
  } finally {
    await zh.close();
  }
});

test('the TF version selector switches the messages (1.3 vs 1.15)', async () => {
  const page = await openPage('#v=1&tf=1.3&example=message_tf13');
  assert.equal(await outputText(page), expected('message_tf13'));
  assert.doesNotMatch(await outputText(page), /AUTO_REUSE/);
  const before = await runsSoFar(page);
  await page.selectOption('#tf', '1.15');
  await waitForRun(page, before);
  await settled(page);
  const text = await outputText(page);
  assert.match(text, /Did you mean to set reuse=True or reuse=tf\.AUTO_REUSE in VarScope\?/);
  assert.match(text, /Did you mean to set reuse=tf\.AUTO_REUSE in VarScope\?/);
  assert.match(await page.evaluate(() => location.hash), /^#v=1&tf=1\.15&example=message_tf13$/);
  await page.close();
});
