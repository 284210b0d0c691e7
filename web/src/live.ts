// Live runs as you type: the first edit after a pause runs at once (leading
// edge); edits within `ms` of a run wait until typing pauses (trailing edge).
export interface LiveRunner {
  /** Call on every edit. */
  edited(): void;
  /** Drop a waiting trailing run (the caller is running now anyway). */
  cancel(): void;
}

export function liveRunner(run: () => void, ms: number, now: () => number = () => performance.now()): LiveRunner {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRunAt = -Infinity;
  return {
    edited() {
      clearTimeout(timer);
      if (now() - lastRunAt > ms) {
        lastRunAt = now();
        run();
        return;
      }
      timer = setTimeout(() => {
        lastRunAt = now();
        run();
      }, ms);
    },
    cancel() {
      clearTimeout(timer);
    },
  };
}
