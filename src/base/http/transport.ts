/**
 * The seam below {@link sendRequest}: one HTTP exchange, its body read with the size cap. The core
 * ships the `fetch` transport; the Node entry plugs in one over undici's keep-alive pools.
 * Timeout, abort, retries and error mapping stay above it, the same for every transport.
 *
 * @module
 */
import type { TransportAttempt } from './signal.js';

export type { TransportAttempt } from './signal.js';

/**
 * One request as a transport sends it.
 *
 * @example
 * ```ts
 * const request: TransportRequest = { origin: 'https://kapi.kakao.com', path: '/v2/user/me',
 *   method: 'GET', headers: { Accept: 'application/json', Authorization: 'Bearer …' } };
 * ```
 */
export interface TransportRequest {
  /** Scheme, host and port, e.g. `https://kapi.kakao.com`: the URL is `origin + path`. */
  readonly origin: string;
  /** Path from the root, query included, e.g. `/v2/user/me?secure_resource=true`. */
  readonly path: string;
  readonly method: 'GET' | 'POST';
  readonly headers: Readonly<Record<string, string>>;
  /** Form body of a POST. */
  readonly body?: string | undefined;
}

/**
 * One response, its body already read (as UTF-8 text) within the size cap.
 *
 * @example
 * ```ts
 * const response: TransportResponse = { status: 200, contentType: 'application/json', retryAfter: undefined, text: '{}' };
 * ```
 */
export interface TransportResponse {
  readonly status: number;
  readonly contentType: string | undefined;
  /** The raw `Retry-After` header. */
  readonly retryAfter: string | undefined;
  readonly text: string;
}

/**
 * How the client reaches Kakao. A transport must: not follow redirects; reject with
 * `BodyTooLargeError` once the body passes `attempt.maxBytes`; give up (and free the connection)
 * when the attempt aborts (its `signal`, or the `onAbort` hook, which costs less). It need not be
 * punctual about the abort — the caller races it anyway — but it must not leak the request's URL
 * or headers into its errors' messages (they are dropped anyway).
 *
 * @example
 * ```ts
 * const echo: KakaoTransport = {
 *   send: async () => ({ status: 200, contentType: 'application/json', retryAfter: undefined, text: '{}' }),
 *   close: async () => undefined,
 * };
 * ```
 */
export interface KakaoTransport {
  send(request: TransportRequest, attempt: TransportAttempt): Promise<TransportResponse>;
  /** Frees pooled connections (for tests and shutdown). Calls after it may reconnect. */
  close(): Promise<void>;
}
