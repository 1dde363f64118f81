/**
 * Errors reported by Kakao's authorization server (kauth): token endpoint bodies and the `error`
 * query of an authorization redirect.
 *
 * @module
 */

import { KakaoError } from './kakao-error.js';
import { describeKoe } from './koe-codes.js';
import { redact } from './redact.js';

/**
 * Kakao's kauth error fields, already read from a body or a redirect URL.
 *
 * @example
 * ```ts
 * new KakaoAuthError({ error: 'invalid_grant', errorCode: 'KOE320', status: 400 });
 * ```
 */
export interface KakaoAuthErrorFields {
  /** OAuth `error`, e.g. `invalid_grant`. */
  error: string;
  /** `error_description`, redacted of anything secret. Do not branch on it. */
  errorDescription?: string | undefined;
  /** `error_code`, e.g. `KOE320`. Branch on this. */
  errorCode?: string | undefined;
  /** HTTP status; `undefined` for errors delivered by redirect. */
  status?: number | undefined;
  /** Values sent with the request that must never show up in the error. */
  secrets?: readonly string[] | undefined;
  /** The response's `Retry-After`, in milliseconds. */
  retryAfterMs?: number | undefined;
  cause?: unknown;
}

/**
 * A kauth error: `{ error, error_description, error_code }` from `/oauth/token`, or
 * `?error=…&error_description=…` on the redirect back from `/oauth/authorize`.
 *
 * `code` is the KOE code when Kakao sent one (`'KOE320'`), else the OAuth `error`
 * (`'access_denied'`). `hint` says how to fix it.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const tokens: KakaoTokenSet;
 * declare function redirectToLogin(...args: unknown[]): void;
 * try {
 *   await refreshTokens(kakao, tokens);
 * } catch (error) {
 *   if (error instanceof KakaoAuthError && error.code === 'KOE322') redirectToLogin();
 * }
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/trouble-shooting
 */
export class KakaoAuthError extends KakaoError {
  /** OAuth `error` value, e.g. `invalid_grant`. */
  readonly error: string;
  /** Kakao's `error_description` with secrets removed. Prose; do not branch on it. */
  readonly errorDescription: string | undefined;
  /** Kakao's `error_code` (`KOE…`), when sent. */
  readonly errorCode: string | undefined;
  /** What the error means, when the code is known. */
  readonly meaning: string | undefined;
  /** How to fix it, when the code is known. */
  readonly hint: string | undefined;

  constructor(fields: KakaoAuthErrorFields) {
    const info = describeKoe(fields.errorCode, fields.error);
    const error = redact(fields.error, fields.secrets);
    const errorCode = fields.errorCode === undefined ? undefined : redact(fields.errorCode, fields.secrets);
    const label = errorCode === undefined ? error : `${errorCode} ${error}`;
    super(errorCode ?? error, `Kakao authorization error ${label}: ${info?.meaning ?? 'unknown error'}`, {
      status: fields.status,
      retryable: info?.retryable ?? (fields.status !== undefined && fields.status >= 500),
      retryAfterMs: fields.retryAfterMs,
      cause: fields.cause,
    });
    this.error = error;
    this.errorDescription =
      fields.errorDescription === undefined ? undefined : redact(fields.errorDescription, fields.secrets);
    this.errorCode = errorCode;
    this.meaning = info?.meaning;
    this.hint = info?.hint;
  }
}
