/**
 * One attempt's abort: the caller's `AbortSignal` combined with a per-attempt timeout, what a
 * transport listens to, and the race that settles the attempt when either fires.
 *
 * Combined by hand rather than with `AbortSignal.any` (Node >= 20.3 has it, some runtimes
 * still do not), so we also learn which of the two fired.
 *
 * Why the race: Node 20's fetch links a `Request`'s signal to ours only weakly, so after a garbage
 * collection an abort may never reach a pending fetch (or its body stream). The attempt therefore
 * never relies on the transport hearing the abort: the timer (kept alive by the event loop)
 * rejects the race, which settles the call. (The fetch transport also keeps its `Request` strongly
 * reachable, so the signal still reaches it and frees the socket.)
 *
 * Cheap when nothing goes wrong: the `AbortController` is made only when a transport reads
 * {@link TransportAttempt.signal}; a transport that takes {@link TransportAttempt.onAbort} instead
 * (the Node one) costs one timer and one promise per attempt.
 *
 * @module
 */

/**
 * What a transport gets of the attempt it serves.
 *
 * @example
 * ```ts
 * declare const attempt: TransportAttempt;
 * declare const url: string;
 * const response = await fetch(url, { signal: attempt.signal });
 * ```
 */
export interface TransportAttempt {
  /** Most bytes of body to read; past them the transport rejects with `BodyTooLargeError`. */
  readonly maxBytes: number;
  /** Aborts when the attempt does (made on first read). */
  readonly signal: AbortSignal;
  /**
   * Calls `listener` once when the attempt aborts (at once if it already has). One listener per
   * attempt: a second call replaces the first.
   */
  onAbort(listener: () => void): void;
}

/**
 * One attempt: its transport side, and the race the request loop awaits.
 *
 * @example
 * ```ts
 * declare const callerSignal: AbortSignal | undefined;
 * const attempt = new Attempt(10_000, 1_048_576, callerSignal);
 * ```
 */
export class Attempt implements TransportAttempt {
  readonly maxBytes: number;
  #controller: AbortController | undefined;
  #listener: (() => void) | undefined;
  #fail: ((reason: unknown) => void) | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #reason: unknown;
  #aborted = false;
  #timedOut = false;
  readonly #caller: AbortSignal | undefined;

  constructor(timeoutMs: number, maxBytes: number, caller?: AbortSignal) {
    this.maxBytes = maxBytes;
    this.#caller = caller;
    if (caller?.aborted) {
      this.#abort(caller.reason);
      return;
    }
    caller?.addEventListener('abort', this, { once: true });
    this.#timer = setTimeout(() => {
      this.#timedOut = true;
      this.#abort(new DOMException('The attempt timed out.', 'TimeoutError'));
    }, timeoutMs);
  }

  get signal(): AbortSignal {
    if (this.#controller === undefined) {
      this.#controller = new AbortController();
      if (this.#aborted) this.#controller.abort(this.#reason);
    }
    return this.#controller.signal;
  }

  onAbort(listener: () => void): void {
    if (this.#aborted) listener();
    else this.#listener = listener;
  }

  /** True once the attempt is aborted (by its timeout or the caller). */
  get aborted(): boolean {
    return this.#aborted;
  }

  /** True when the timeout (not the caller) aborted the attempt. */
  timedOut(): boolean {
    return this.#timedOut && !this.#caller?.aborted;
  }

  /**
   * Settles like `work`, or rejects (with the abort's reason) as soon as the attempt aborts,
   * whichever comes first.
   */
  race<T>(work: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.#aborted) reject(this.#reason);
      else this.#fail = reject;
      work.then(resolve, reject);
    });
  }

  /** The caller's signal fired (the attempt is its listener object). */
  handleEvent(): void {
    this.#abort(this.#caller?.reason);
  }

  /** Clears the timer and listeners; call when the attempt settles. */
  dispose(): void {
    clearTimeout(this.#timer);
    this.#caller?.removeEventListener('abort', this);
    this.#listener = undefined;
    this.#fail = undefined;
  }

  #abort(reason: unknown): void {
    if (this.#aborted) return;
    this.#aborted = true;
    this.#reason = reason;
    this.#controller?.abort(reason);
    const listener = this.#listener;
    this.#listener = undefined;
    listener?.();
    this.#fail?.(reason);
  }
}
