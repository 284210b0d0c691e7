// Node's worker thread for the engine (see node.js): the same protocol as the
// browser's worker.js, over worker_threads' parentPort.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { serve } from './worker_core.js';

serve(
  {
    post: (message) => parentPort.postMessage(message),
    onMessage: (handler) => parentPort.on('message', handler),
  },
  {
    readText: (url) => readFile(fileURLToPath(url), 'utf8'),
    readWasm: (url) => readFile(fileURLToPath(url)),
    readBytesSync: (url) => readFileSync(fileURLToPath(url)),
  },
);
