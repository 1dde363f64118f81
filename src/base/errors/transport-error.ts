/**
 * Failures before a response arrived: timeout, caller abort, network error.
 *
 * @module
 */
import { KakaoError } from './kakao-error.js';

/**
 * Why no response arrived.
 *
 * @example
 * ```ts
 * declare const error: unknown;
 * declare function retryLater(...args: unknown[]): void;
 * if (error instanceof KakaoTransportError && error.code === 'timeout') retryLater();
 * ```
 */
export type KakaoTransportErrorCode = 'timeout' | 'aborted' | 'network';

/**
 * No usable response: the attempt timed out (`'timeout'`, retryable), the caller's `AbortSignal`
 * fired (`'aborted'`), or the connection failed (`'network'`, retryable). `cause` holds the
 * underlying error.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * declare function showOfflineBanner(...args: unknown[]): void;
 * try {
 *   await getUser(kakao, { accessToken, signal: AbortSignal.timeout(2000) });
 * } catch (error) {
 *   if (error instanceof KakaoTransportError && error.code === 'network') showOfflineBanner();
 * }
 * ```
 */
export class KakaoTransportError extends KakaoError {
  declare readonly code: KakaoTransportErrorCode;

  constructor(code: KakaoTransportErrorCode, what: string, cause?: unknown) {
    super(code, transportMessage(code, what), { retryable: code !== 'aborted', cause });
  }
}

function transportMessage(code: KakaoTransportErrorCode, what: string): string {
  if (code === 'timeout')
    return `${what} timed out (timeoutMs per attempt, deadlineMs per call: raise them if Kakao is slow from here).`;
  if (code === 'aborted') return `${what} was aborted by the caller.`;
  return `${what} failed: could not reach the server (network error).`;
}
