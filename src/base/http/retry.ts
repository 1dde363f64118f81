/**
 * Backoff arithmetic and waiting for the retry loop.
 *
 * @module
 */
import type { RetryPolicy } from '../config.js';
import { KakaoTransportError } from '../errors/transport-error.js';

/**
 * Capped exponential backoff with full jitter: a random delay in `[0, min(max, base·2^attempt))`.
 * A server's `Retry-After` wins (capped at `maxDelayMs` too).
 *
 * @param attempt - 0 for the first retry
 * @example
 * ```ts
 * backoffDelay(2, { retries: 3, baseDelayMs: 200, maxDelayMs: 5000 }); // somewhere in [0, 800)
 * ```
 */
export function backoffDelay(
  attempt: number,
  policy: RetryPolicy,
  retryAfterMs?: number,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined) return Math.min(policy.maxDelayMs, Math.max(0, retryAfterMs));
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

/**
 * Reads `Retry-After` (delta seconds or an HTTP date) as milliseconds from `now`.
 *
 * @example
 * ```ts
 * parseRetryAfter('3', Date.now()); // 3000
 * ```
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Waits `ms` milliseconds, or rejects with a `KakaoTransportError('aborted')` when `signal` fires.
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * await sleep(250, controller.signal);
 * ```
 */
export function sleep(ms: number, signal?: AbortSignal, what = 'The request'): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = () => reject(new KakaoTransportError('aborted', what, signal?.reason));
    if (signal?.aborted) return aborted();
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      aborted();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
