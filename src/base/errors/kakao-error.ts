/**
 * The base of every error this library throws on purpose (argument mistakes are `TypeError`s).
 *
 * @module
 */

/**
 * Options shared by every {@link KakaoError}.
 *
 * @example
 * ```ts
 * new KakaoError('custom', 'Something failed.', { status: 500, retryable: true });
 * ```
 */
export interface KakaoErrorOptions {
  /** HTTP status of the response that caused the error, when there was one. */
  status?: number | undefined;
  /** Whether trying the same call again later may succeed. */
  retryable?: boolean | undefined;
  /** How long the server asked us to wait (`Retry-After`), in milliseconds. */
  retryAfterMs?: number | undefined;
  /** The underlying error (a fetch failure …). */
  cause?: unknown;
}

/**
 * Base class of all Kakao errors. Branch on `code` (stable) rather than on `message` (prose).
 *
 * No message or property of any `KakaoError` contains an access/refresh/id token, a client secret,
 * an admin key or an authorization code.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * declare function scheduleRetry(...args: unknown[]): void;
 * try {
 *   await getUser(kakao, { accessToken });
 * } catch (error) {
 *   if (error instanceof KakaoError && error.retryable) scheduleRetry();
 * }
 * ```
 */
export class KakaoError extends Error {
  /** Stable, machine-readable code; see each subclass for its values. */
  readonly code: string;
  /** HTTP status of the response, when the error came from one. */
  readonly status: number | undefined;
  /** Whether the same call may succeed when tried again later. */
  readonly retryable: boolean;
  /** The server's `Retry-After`, in milliseconds, when it sent one. */
  readonly retryAfterMs: number | undefined;

  constructor(code: string, message: string, options: KakaoErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.status = options.status;
    this.retryable = options.retryable ?? false;
    this.retryAfterMs = options.retryAfterMs;
  }
}
