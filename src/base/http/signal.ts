/**
 * One attempt's signal: the caller's `AbortSignal` combined with a per-attempt timeout, and a
 * promise that rejects when either fires, for racing a transport that might not listen.
 *
 * Combined by hand rather than with `AbortSignal.any` (Node >= 20.3 has it, some runtimes
 * still do not), so we also learn which of the two fired.
 *
 * Why the race: Node 20's fetch links a `Request`'s signal to ours only weakly, so after a garbage
 * collection an abort may never reach a pending fetch (or its body stream). The attempt therefore
 * never relies on the transport hearing the signal: the timer (kept alive by the event loop)
 * rejects {@link AttemptSignal.aborted}, which settles the call. (The fetch transport also keeps
 * its `Request` strongly reachable, so the signal still reaches it and frees the socket.)
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
  /** Rejects (with the signal's reason) once the attempt is aborted; never resolves. */
  readonly aborted: Promise<never>;
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
 * try {
 *   await Promise.race([fetch(url, { signal: attempt.signal }), attempt.aborted]);
 * } finally {
 *   attempt.dispose();
 * }
 * ```
 */
export function attemptSignal(timeoutMs: number, caller?: AbortSignal): AttemptSignal {
  const controller = new AbortController();
  let timedOut = false;
  let reject: (reason: unknown) => void = () => undefined;
  const aborted = new Promise<never>((_, fail) => {
    reject = fail;
  });
  aborted.catch(() => undefined); // settled by the race that uses it; never an unhandled rejection
  const abort = (reason?: unknown) => {
    controller.abort(reason);
    reject(controller.signal.reason);
  };
  const timer = setTimeout(() => {
    timedOut = true;
    abort();
  }, timeoutMs);
  const onAbort = () => abort(caller?.reason);
  if (caller?.aborted) onAbort();
  else caller?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    aborted,
    timedOut: () => timedOut && !caller?.aborted,
    dispose() {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
}

/**
 * Settles like `work`, or rejects as soon as the attempt is aborted, whichever comes first.
 *
 * @example
 * ```ts
 * declare const attempt: AttemptSignal;
 * declare const request: Request;
 * const response = await raceAbort(attempt, fetch(request));
 * ```
 */
export function raceAbort<T>(attempt: AttemptSignal, work: Promise<T>): Promise<T> {
  return Promise.race([work, attempt.aborted]);
}
