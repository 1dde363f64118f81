/**
 * Responses that arrived but cannot be understood.
 *
 * @module
 */
import { KakaoError } from './kakao-error.js';

/**
 * What was wrong with the response.
 *
 * @example
 * ```ts
 * declare const error: unknown;
 * declare function checkBaseUrls(...args: unknown[]): void;
 * if (error instanceof KakaoResponseError && error.code === 'html_response') checkBaseUrls();
 * ```
 */
export type KakaoResponseErrorCode =
  | 'html_response'
  | 'empty_body'
  | 'malformed_json'
  | 'oversized_body'
  | 'unexpected_body';

const MESSAGES: Record<KakaoResponseErrorCode, string> = {
  html_response: 'answered with an HTML page instead of JSON (wrong base URL, proxy or Kakao error page)',
  empty_body: 'answered with an empty body',
  malformed_json: 'answered with malformed JSON',
  oversized_body: 'answered with a body larger than maxResponseBytes',
  unexpected_body: 'answered with JSON of an unexpected shape',
};

/**
 * Details of a {@link KakaoResponseError}.
 *
 * @example
 * ```ts
 * new KakaoResponseError('empty_body', 'GET /v2/user/me', { status: 502 });
 * ```
 */
export interface KakaoResponseErrorOptions {
  status?: number | undefined;
  contentType?: string | undefined;
  retryAfterMs?: number | undefined;
  cause?: unknown;
}

/**
 * An unexpected response: an HTML page, an empty body, malformed or oversized JSON, or JSON of the
 * wrong shape. The body itself is never included (it could echo a secret); `contentType` and
 * `status` are.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const code: string;
 * declare function checkBaseUrls(...args: unknown[]): void;
 * try {
 *   await exchangeCode(kakao, { code });
 * } catch (error) {
 *   if (error instanceof KakaoResponseError && error.code === 'html_response') checkBaseUrls();
 * }
 * ```
 */
export class KakaoResponseError extends KakaoError {
  declare readonly code: KakaoResponseErrorCode;
  /** `Content-Type` of the response, when sent. */
  readonly contentType: string | undefined;

  constructor(code: KakaoResponseErrorCode, what: string, options: KakaoResponseErrorOptions = {}) {
    const status = options.status;
    const suffix = status === undefined ? '' : ` (HTTP ${status})`;
    super(code, `${what} ${MESSAGES[code]}${suffix}.`, {
      status,
      retryable: status !== undefined && (status >= 500 || status === 429),
      retryAfterMs: options.retryAfterMs,
      cause: options.cause,
    });
    this.contentType = options.contentType;
  }
}
