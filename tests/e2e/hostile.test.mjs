// The hostile inputs of tests/hostile/cases.txt in the playground (Chromium):
// each is pasted into the editor, and opened from a shared link
// (#v=1&tf=1.15&code=<lz-string>). While its run is going on, or being
// stopped, the page must answer a click within 200 ms; the run must end with
// the case's outcome (or, for a link too large to share, the link's message),
// and the next snippet must run normally.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import lz from 'lz-string';

import { WALL_CLOCK_TIMEOUT, loadCases } from '../hostile/cases.mjs';
import { outputText, runsSoFar, settled, startBrowser, waitForRun } from './browser.mjs';

// What the page shows of a share link (web/src/share/codec.ts): a longer
// snippet is refused with a message.
const MAX_SHARED_CODE = 32 * 1024;

let b;
before(async () => {
  b = await startBrowser();
});
after(async () => {
  await b?.close();
});

const monacoReady = (page) => page.waitForFunction(() => document.body.dataset.editor === 'monaco', null, { timeout: 30000 });

/** Clicks the Variables tab and returns how long the page took to answer, in ms. */
async function clickLatency(page) {
  return page.evaluate(async () => {
    const tab = document.getElementById('tab-vars');
    const other = document.getElementById('tab-tree');
    other.click();
    const t0 = performance.now();
    tab.click();
    await new Promise((r) => requestAnimationFrame(() => r()));
    return { ms: performance.now() - t0, selected: tab.getAttribute('aria-selected') };
  });
}

/** Pastes `code` into the focused editor, as a user would (select all, paste). */
async function paste(page, code) {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, code);
  await page.waitForFunction((n) => window.scopeplay.inspect().code.length === n, code.length, { timeout: 30000 });
}

/**
 * The page answers a click within 200 ms while a run is in flight: the best of
 * up to three tries 150 ms apart, since the editor itself (Monaco taking in a
 * 200 KB paste) or the output panel can keep the main thread for a moment on a
 * loaded machine. A run on the page's own thread, which lasts as long as the
 * hostile runs here do, would fail all three.
 */
async function responsiveClick(page) {
  let best = null;
  for (let i = 0; i < 3; i++) {
    const click = await clickLatency(page);
    if (!best || click.ms < best.ms) best = click;
    if (click.ms < 200) break;
    await page.waitForTimeout(150);
  }
  return best;
}

/** The run in flight (or being stopped) must leave the page responsive; then its outcome shows. */
async function checkRun(page, c, runsBefore) {
  await page.waitForTimeout(400); // past the editor's debounce: the run has started
  const click = await responsiveClick(page);
  assert.ok(click.ms < 200, `${c.name}: click answered in ${click.ms.toFixed(0)} ms`);
  assert.equal(click.selected, 'true');
  await waitForRun(page, runsBefore, 20000);
  await settled(page, 20000);
  const text = await outputText(page);
  if (text.includes(WALL_CLOCK_TIMEOUT)) return; // on a slow machine the wall clock can end a heavy run first
  // When the worker's JavaScript stack runs out first, the run is retried with a
  // lower recursion limit: the RecursionError still comes with its traceback.
  if (/RecursionError/.test(text)) assert.match(text, /^Traceback \(most recent call last\):\n/m, text.slice(-300));
  if (c.browserError && text.includes(c.browserError)) return; // the worker's JavaScript stack ran out first
  if (c.error !== '-') assert.ok(text.includes(c.error), `${c.name}: expected ${c.error}, shown:\n${text.slice(-300)}`);
  else assert.ok(text.startsWith(c.stdout), `${c.name}: shown:\n${text.slice(0, 300)}`);
}

async function nextRunWorks(page) {
  const before = await runsSoFar(page);
  await paste(page, 'print("still works", 6 * 7)\n');
  await waitForRun(page, before, 20000);
  await settled(page, 20000);
  assert.equal(await outputText(page), 'still works 42\n');
}

describe('hostile inputs in the playground', () => {
  for (const c of loadCases()) {
    test(`${c.name}: pasted into the editor`, async () => {
      const page = await b.newPage();
      await page.goto(b.url);
      await waitForRun(page);
      await monacoReady(page);
      const before = await runsSoFar(page);
      await paste(page, c.source);
      await checkRun(page, c, before);
      await nextRunWorks(page);
      await page.close();
    });

    test(`${c.name}: opened from a shared link`, async () => {
      const page = await b.newPage();
      const hash = '#v=1&tf=1.15&code=' + lz.compressToEncodedURIComponent(c.source);
      await page.goto(b.url + hash);
      if (c.source.length > MAX_SHARED_CODE) {
        await page.waitForSelector('#banner:not([hidden])');
        assert.match(await page.locator('#banner-text').textContent(), /could not be opened/);
        const click = await responsiveClick(page);
        assert.ok(click.ms < 200, `click answered in ${click.ms.toFixed(0)} ms`);
      } else {
        await checkRun(page, c, 0);
      }
      await monacoReady(page);
      await nextRunWorks(page);
      await page.close();
    });
  }
});
