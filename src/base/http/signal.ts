/**
 * One attempt's signal: the caller's `AbortSignal` combined with a per-attempt timeout.
 *
 * Combined by hand rather than with `AbortSignal.any` (Node >= 20.3 has it, some runtimes
 * still do not), so we also learn which of the two fired.
 *
 * @module
 */

/**
 * A signal for one attempt, and what made it abort.
 *
 * @example
 * ```ts
 * declare const callerSignal: AbortSignal | undefined;
 * const attempt: AttemptSignal = attemptSignal(10_000, callerSignal);
 * ```
 */
export interface AttemptSignal {
  readonly signal: AbortSignal;
  /** True when the timeout (not the caller) aborted the attempt. */
  timedOut(): boolean;
  /** Clears the timer and listeners; call when the attempt settles. */
  dispose(): void;
}

/**
 * Creates the signal of one attempt.
 *
 * @example
 * ```ts
 * declare const callerSignal: AbortSignal | undefined;
 * declare const url: string;
 * const attempt = attemptSignal(10_000, callerSignal);
 * try { await fetch(url, { signal: attempt.signal }); } finally { attempt.dispose(); }
 * ```
 */
export function attemptSignal(timeoutMs: number, caller?: AbortSignal): AttemptSignal {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort(caller?.reason);
  if (caller?.aborted) onAbort();
  else caller?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut && !caller?.aborted,
    dispose() {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
}
