/**
 * `GET /__emulator/log/stream`: the request log as server-sent events. Every connection starts
 * with `event: clear` and the entries already logged, then sends each new entry as one `data:`
 * line of JSON (the same redacted entries as `GET /__emulator/log`). A reset or cleared log sends
 * `clear` again.
 *
 * The log is read by polling (every {@link POLL_MS}) so the model stays free of listeners; a
 * stream lives at most {@link STREAM_LIFETIME_MS} (the browser's `EventSource` reconnects), and
 * ends when its reader goes away.
 *
 * @module
 */

import type { RequestLogEntry } from '../model/types.js';
import type { Emulator } from '../types.js';

/** How often the log is checked for new entries. */
export const POLL_MS = 150;
/** Longest life of one stream. */
export const STREAM_LIFETIME_MS = 10 * 60_000;
/** A comment line keeps idle connections (and proxies) from timing out. */
const HEARTBEAT_MS = 15_000;
/** Entries sent when a stream opens (the newest). */
const BACKLOG = 200;

const encoder = new TextEncoder();

/** Reads the entries not sent yet, newest last; `clear` when the log was replaced. */
function createCursor(emulator: Emulator) {
  const sent = new WeakSet<RequestLogEntry>();
  let log: RequestLogEntry[] | undefined;
  return (): { clear: boolean; fresh: RequestLogEntry[] } => {
    const current = emulator.state.log;
    const clear = current !== log;
    log = current;
    let start = current.length;
    const floor = clear ? Math.max(0, current.length - BACKLOG) : 0;
    while (start > floor && !sent.has(current[start - 1]!)) start--;
    const fresh = current.slice(start);
    for (const entry of fresh) sent.add(entry);
    return { clear, fresh };
  };
}

function events(next: ReturnType<typeof createCursor>): string {
  const { clear, fresh } = next();
  const head = clear ? 'event: clear\ndata: {}\n\n' : '';
  return head + fresh.map((entry) => `data: ${JSON.stringify(entry)}\n\n`).join('');
}

/** `GET /__emulator/log/stream` → `text/event-stream`. */
export function logStreamRoute(emulator: Emulator): Response {
  const next = createCursor(emulator);
  let timers: ReturnType<typeof setInterval>[] = [];
  const stop = () => {
    for (const timer of timers) clearInterval(timer);
    timers = [];
  };
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        if (text) controller.enqueue(encoder.encode(text));
      };
      send(`retry: 1000\n\n${events(next)}`);
      const opened = Date.now();
      timers = [
        setInterval(() => {
          if (Date.now() - opened > STREAM_LIFETIME_MS) {
            stop();
            controller.close();
          } else send(events(next));
        }, POLL_MS),
        setInterval(() => send(': keep-alive\n\n'), HEARTBEAT_MS),
      ];
    },
    cancel: stop,
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/event-stream;charset=UTF-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
