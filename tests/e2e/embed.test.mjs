// End-to-end tests of the embed (embed.html) in Debian's Chromium: it renders
// and runs a linked snippet, honours read-only and its toggle, shows markers
// and inline names, hands its state to the full playground, says what is
// wrong with a malformed link, and works inside a cross-origin iframe as a
// documentation site would hold it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, outputText, runsSoFar, settled, startBrowser, waitForRun } from './browser.mjs';

const expected = (id) => readFileSync(join(REPO, 'web/gallery/expected', `${id}.txt`), 'utf8');

let b;
before(async () => {
  b = await startBrowser({ viewport: { width: 720, height: 420 } });
});
after(async () => {
  await b?.close();
});

const inspect = (page) => page.evaluate(() => window.scopeplay.inspect());
const resources = (page) => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));

async function openEmbed(path, { run = true } = {}) {
  const page = await b.newPage();
  await page.goto(b.url + path);
  if (run) {
    await waitForRun(page);
    await settled(page);
  }
  return page;
}

/** Replaces the textarea's text as typing would (an input event), then waits for the run. */
async function setCode(page, code) {
  const before = await runsSoFar(page);
  await page.fill('#code', code);
  await waitForRun(page, before);
  await settled(page);
}

test('the embed renders and runs a linked example, without Monaco', async () => {
  const page = await openEmbed('embed.html#v=1&tf=1.15&example=seed_5');
  assert.equal(await outputText(page), expected('seed_5'));
  const info = await inspect(page);
  assert.equal(info.editor, 'plain');
  assert.equal(info.readOnly, false);
  assert.equal(await page.locator('#tf').inputValue(), '1.15');
  assert.equal(await page.locator('#readonly').getAttribute('aria-pressed'), 'false');
  // The names each line created are shown after it.
  assert.ok(info.names.some((n) => /→ V1\/a1:0/.test(n.label)), JSON.stringify(info.names));
  assert.match(await page.locator('.plain-lines').textContent(), /→ V1\/a1:0/);
  await b.screenshot(page, 'embed');
  // It runs live as the reader edits.
  await setCode(page, 'print("edited in the embed")\n');
  assert.equal(await outputText(page), 'edited in the embed\n');
  await page.waitForTimeout(300);
  assert.ok(!(await resources(page)).some((u) => /monaco|editor\.worker/.test(u)), 'the embed never loads Monaco');
  await page.close();
});

test('read-only embeds refuse edits until the toggle is pressed', async () => {
  const page = await openEmbed('embed.html?readonly=1#v=1&tf=1.15&example=seed_1');
  assert.equal(await outputText(page), expected('seed_1'));
  assert.equal((await inspect(page)).readOnly, true);
  assert.equal(await page.locator('#readonly').getAttribute('aria-pressed'), 'true');
  const code = (await inspect(page)).code;
  await page.locator('#code').focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('x = 1');
  assert.equal((await inspect(page)).code, code, 'typing changes nothing');
  // Ctrl+Enter and Run still run the snippet as it is.
  const before = await runsSoFar(page);
  await page.keyboard.press('ControlOrMeta+Enter');
  await waitForRun(page, before);
  assert.equal(await outputText(page), expected('seed_1'));
  await page.click('#readonly');
  assert.equal(await page.locator('#readonly').getAttribute('aria-pressed'), 'false');
  assert.equal((await inspect(page)).readOnly, false);
  await setCode(page, 'print("now editable")\n');
  assert.equal(await outputText(page), 'now editable\n');
  await page.close();
});

test('the embed marks the error line and column', async () => {
  const page = await openEmbed('embed.html#v=1&tf=1.15&example=error_already_exists');
  assert.equal(await outputText(page), expected('error_already_exists'));
  const info = await inspect(page);
  assert.equal(info.markers.length, 1);
  assert.deepEqual([info.markers[0].startLineNumber, info.markers[0].startColumn], [8, 10]);
  assert.deepEqual(info.markers[0].related, [4]);
  assert.equal(await page.locator('#code').getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('.plain-problem').textContent(), /Line 8, column 10.*first created at line 4.*ValueError: Variable dense\/w already exists/s);
  assert.equal(await page.locator('.pl-err').first().textContent(), 'tf.get_variable("w", [3, 3])');
  await page.close();
});

test('"Open in scopeplay" carries the current snippet and TF version to the playground', async () => {
  const code = 'import tensorflow as tf\nwith tf.name_scope("docs"):\n    v = tf.Variable(1.0, name="v")\nprint(v.name)  # ✓\n';
  const page = await openEmbed('embed.html#v=1&tf=1.15&example=seed_2');
  // An unchanged example is linked by its id.
  assert.match(await page.locator('#open').getAttribute('href'), /\/#v=1&tf=1\.15&example=seed_2$/);
  assert.equal(await page.locator('#open').getAttribute('target'), '_blank');
  await setCode(page, code);
  let before = await runsSoFar(page);
  await page.selectOption('#tf', '1.3');
  await waitForRun(page, before);
  await settled(page);
  const embedOutput = await outputText(page);
  assert.equal(embedOutput, 'docs/v:0\n');
  assert.match(await page.locator('#open').getAttribute('href'), /\/#v=1&tf=1\.3&code=[A-Za-z0-9+\-$]+$/);
  const [opened] = await Promise.all([page.context().waitForEvent('page'), page.click('#open')]);
  await waitForRun(opened);
  await settled(opened);
  const info = await opened.evaluate(() => window.scopeplay.inspect());
  assert.equal(info.code, code);
  assert.equal(info.tf, '1.3');
  assert.equal(await opened.locator('#tf').inputValue(), '1.3');
  assert.equal(await outputText(opened), embedOutput);
  // And back: the playground's link opens the same snippet in the embed.
  const hash = await opened.evaluate(() => location.hash);
  await opened.close();
  await page.close();
  const again = await openEmbed('embed.html' + hash);
  assert.equal((await inspect(again)).code, code);
  assert.equal(await outputText(again), embedOutput);
  await again.close();
});

test('a malformed embed link shows a message and an empty editor, and the embed still works', async () => {
  for (const hash of ['#v=1&code=!!!broken', '#v=42&code=abc', '#v=1&tf=9.9', '#v=1&example=nope']) {
    const page = await openEmbed('embed.html' + hash, { run: false });
    await page.waitForSelector('#banner:not([hidden])');
    assert.match(await page.locator('#banner').textContent(), /could not be opened/);
    assert.equal((await inspect(page)).code, '');
    assert.equal(await runsSoFar(page), 0);
    // Opened in the playground, the link says the same.
    assert.equal(new URL(await page.locator('#open').getAttribute('href')).hash, hash);
    if (hash === '#v=1&code=!!!broken') await b.screenshot(page, 'embed-malformed-link');
    await setCode(page, 'print("still works")\n');
    assert.equal(await outputText(page), 'still works\n');
    await page.close();
  }
});

test('an embed link is text, never HTML', async () => {
  const payload = '<img src=x onerror="window.__xss=1">';
  const page = await openEmbed('embed.html');
  await setCode(page, `# ${payload}\nprint('${payload}')\nraise ValueError('<b>x</b>')\n`);
  const hash = new URL(await page.locator('#open').getAttribute('href')).hash;
  await page.close();
  const linked = await openEmbed('embed.html' + hash);
  const text = await outputText(linked);
  assert.ok(text.startsWith(payload + '\n'), text);
  assert.match(await linked.locator('.plain-problem').textContent(), /ValueError: <b>x<\/b>/);
  assert.equal(await linked.locator('img, b').count(), 0);
  await linked.waitForTimeout(200);
  assert.equal(await linked.evaluate(() => window.__xss), undefined);
  await linked.close();
});

test('theme and language come from the query', async () => {
  const page = await openEmbed('embed.html?theme=dark&lang=zh#v=1&tf=1.15&example=seed_3');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  assert.equal(await page.locator('#run').textContent(), '运行');
  assert.equal(await outputText(page), expected('seed_3'));
  await b.screenshot(page, 'embed-dark-zh');
  await page.close();
});

test('the embed runs inside a cross-origin iframe, as a documentation page holds it', async () => {
  const src = `${b.url}embed.html?readonly=1#v=1&tf=1.15&example=seed_3`;
  const docs = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>docs</title><h1>Scopes</h1>
<iframe id="demo" src="${src}" title="scopeplay example" width="100%" height="360" loading="lazy"></iframe>`);
  });
  await new Promise((r) => docs.listen(0, '127.0.0.1', r));
  // localhost vs 127.0.0.1: a different origin from the embed's.
  const docsUrl = `http://localhost:${docs.address().port}/`;
  const page = await b.newPage();
  try {
    await page.goto(docsUrl);
    const frame = page.frameLocator('#demo');
    await frame.locator('body[data-runs="1"]').waitFor({ timeout: 15000 });
    assert.equal(await frame.locator('#output').textContent(), expected('seed_3'));
    assert.equal(await frame.locator('#readonly').getAttribute('aria-pressed'), 'true');
    await b.screenshot(page, 'embed-in-docs-page');
  } finally {
    await page.close();
    docs.closeAllConnections?.();
    await new Promise((r) => docs.close(r));
  }
});
