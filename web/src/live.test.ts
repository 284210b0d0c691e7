import { test } from 'node:test';
import assert from 'node:assert/strict';
import { liveRunner } from './live';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('live runs: the first edit after a pause runs at once, a burst runs once more when it ends', async () => {
  let clock = 1000;
  let runs = 0;
  const live = liveRunner(() => runs++, 30, () => clock);
  live.edited();
  assert.equal(runs, 1, 'leading edge');
  clock += 5;
  live.edited();
  clock += 5;
  live.edited();
  assert.equal(runs, 1, 'edits within the window wait');
  await sleep(60);
  assert.equal(runs, 2, 'one trailing run for the burst');
  clock += 100;
  live.edited();
  assert.equal(runs, 3, 'after a pause: at once again');
});

test('live runs: cancel drops the waiting run', async () => {
  let clock = 0;
  let runs = 0;
  const live = liveRunner(() => runs++, 30, () => clock);
  live.edited();
  clock += 1;
  live.edited();
  live.cancel();
  await sleep(60);
  assert.equal(runs, 1);
});
