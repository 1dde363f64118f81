// A forced garbage collection inside a normal vitest worker: `--expose-gc` switched on at run time
// (V8 reads the flag when a new context is made), so these tests need no special pool or flags.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** Runs a full garbage collection now. */
export function forceGc(): void {
  collect();
}

/** Collects garbage every `everyMs` until the returned stop function is called. */
export function gcWhile(everyMs = 25): () => void {
  const timer = setInterval(collect, everyMs);
  return () => clearInterval(timer);
}
