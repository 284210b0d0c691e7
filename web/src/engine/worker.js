// The browser's dedicated (module) worker: the engine runs here, so a long
// snippet never blocks the page. Started by index.js.
import { serve } from './worker_core.js';

serve({
  post: (message) => self.postMessage(message),
  onMessage: (handler) => {
    self.onmessage = (event) => handler(event.data);
  },
});
