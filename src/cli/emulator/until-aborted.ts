/**
 * Waiting for Ctrl-C / SIGTERM.
 *
 * @module
 */

/**
 * Resolves when the signal aborts (at once when it already has).
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * await untilAborted(controller.signal);
 * ```
 */
export function untilAborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}
