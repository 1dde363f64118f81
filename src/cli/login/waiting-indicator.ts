/**
 * The "waiting for the browser" indicator: an animated line on stderr when stderr is a terminal,
 * a single plain line otherwise (logs and CI stay clean).
 *
 * @module
 */
import type { OutStream } from '../output/io.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const CLEAR_LINE = '\r\x1b[2K';

/** A running indicator. */
export interface WaitingIndicator {
  /** Clears the animated line (TTY only). */
  stop(): void;
}

/**
 * Shows "Waiting for the login in the browser… m:ss left" on `stream` until stopped.
 *
 * @example
 * ```ts
 * const indicator = startWaitingIndicator(process.stderr, 300_000);
 * indicator.stop();
 * ```
 */
export function startWaitingIndicator(
  stream: OutStream,
  timeoutMs: number,
  now: () => number = Date.now,
): WaitingIndicator {
  const deadline = now() + timeoutMs;
  if (!stream.isTTY) {
    stream.write(`Waiting for the login to finish in the browser (gives up after ${clock(timeoutMs)})…\n`);
    return { stop() {} };
  }
  let frame = 0;
  const draw = () => {
    const left = clock(Math.max(0, deadline - now()));
    const line = `${FRAMES[frame++ % FRAMES.length]} Waiting for the login in the browser… ${left} left (Ctrl-C to cancel)`;
    // A line longer than the terminal would wrap, and the next redraw could not clear it.
    stream.write(`${CLEAR_LINE}${stream.columns ? line.slice(0, stream.columns - 1) : line}`);
  };
  draw();
  const timer = setInterval(draw, 120);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      stream.write(CLEAR_LINE);
    },
  };
}

/** `m:ss` for a duration in milliseconds. */
function clock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
