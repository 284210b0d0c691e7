/** The side of a worker that serve() talks through. */
export interface WorkerSide {
  post(message: unknown): void;
  onMessage(handler: (message: any) => void): void;
}

/** Answers the host's messages (see worker_core.js) with the engine. */
export function serve(
  port: WorkerSide,
  bundled?: {
    factory?: (options: object) => Promise<unknown>;
    readText?: (url: string) => Promise<string>;
    readWasm?: (url: string) => Promise<BufferSource | WebAssembly.Module>;
    readBytesSync?: (url: string) => BufferSource;
  },
): void;
