// Type-checked (tsc --noEmit) by tests/js/types.test.js: how a page, a worker
// host and a Node tool use the engine's hand-written declarations.
import { createEngine as createBrowserEngine } from '../../../web/src/engine/index.js';
import { createEngine, byteToUtf16Column } from '../../../web/src/engine/node.js';
import type { Engine, RunError, RunResult, TraceFrame } from '../../../web/src/engine/node.js';

async function page(): Promise<void> {
  const engine: Engine = await createBrowserEngine({ moduleUrl: '/dist/scopeplay.mjs', wasmUrl: new URL('https://example.invalid/x.wasm'), timeoutMs: 2000 });
  const result: RunResult = await engine.run('print(1)', { tf: '1.15', filename: 'snippet.py' });
  const error: RunError | null = result.error;
  if (error) {
    const frames: TraceFrame[] = error.traceback;
    const where: [number, number, number, number] = [error.line, error.column, error.endLine, error.endColumn];
    console.log(frames.map((f) => `${f.filename}:${f.line}:${f.column} ${f.function} ${f.source}`), where, error.limit);
  }
  for (const v of result.variables) console.log(v.name, v.shape, v.dtype, v.trainable, v.reused, v.createdBy);
  for (const op of result.ops) console.log(op.name, op.type, op.line);
  for (const e of result.events) console.log(e.kind, e.requested, e.result, e.reason, e.line, e.column);
  console.log(result.stdout, result.stderr, result.scopes.join(','), result.steps, result.outputTruncated);
  engine.dispose();
}

async function tool(): Promise<void> {
  const engine = await createEngine({ worker: false, wasmDir: 'build/wasm/dist' });
  const r = await engine.run('x', { tf: '1.3', maxSteps: 1000, timeoutMs: 50 });
  const stats = await engine.stats();
  const n: number = stats.heapUsedBytes + stats.heapSizeBytes + byteToUtf16Column('é', 3);
  console.log(r.error?.type, n);
  // @ts-expect-error: run() needs the source
  await engine.run();
  // @ts-expect-error: filename is a string
  await engine.run('x', { filename: 1 });
}

void page;
void tool;
