/**
 * Errors reported by Kakao's API server (kapi): `{ "msg": …, "code": <negative> }`.
 *
 * @module
 */
import { describeApiCode } from './api-codes.js';
import { KakaoError } from './kakao-error.js';
import { redact } from './redact.js';

/**
 * Kakao's kapi error fields, already read from a body.
 *
 * @example
 * ```ts
 * new KakaoApiError({ apiCode: -401, msg: 'this access token does not exist', status: 401 });
 * ```
 */
export interface KakaoApiErrorFields {
  /** Kakao's negative `code`. */
  apiCode: number;
  /** Kakao's `msg`. */
  msg?: string | undefined;
  /** HTTP status of the response. */
  status?: number | undefined;
  /** `required_scopes` of a `-402` body. */
  requiredScopes?: readonly string[] | undefined;
  /** `allowed_scopes` of a `-402` body. */
  allowedScopes?: readonly string[] | undefined;
  /** `api_type` of a `-402` body. */
  apiType?: string | undefined;
  /** Values sent with the request that must never show up in the error. */
  secrets?: readonly string[] | undefined;
  /** The response's `Retry-After`, in milliseconds. */
  retryAfterMs?: number | undefined;
}

/**
 * A kapi error. `code` is a stable name (`'invalid_token'` for `-401`, `'insufficient_scope'` for
 * `-402` …, `'unknown_api_error'` otherwise); `apiCode` is Kakao's number.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * declare function askConsent(...args: unknown[]): void;
 * try {
 *   await getUser(kakao, { accessToken });
 * } catch (error) {
 *   if (error instanceof KakaoApiError && error.apiCode === -402) {
 *     askConsent(error.requiredScopes);
 *   }
 * }
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/rest-api/error-code
 */
export class KakaoApiError extends KakaoError {
  /** Kakao's negative `code`, e.g. `-401`. */
  readonly apiCode: number;
  /** Kakao's `msg` with secrets removed. Prose; do not branch on it. */
  readonly msg: string | undefined;
  /** Consent items the call needs (`-402`). */
  readonly requiredScopes: readonly string[];
  /** Consent items the user has agreed to (`-402`). */
  readonly allowedScopes: readonly string[];
  /** `api_type` of a `-402` body. */
  readonly apiType: string | undefined;
  /** What the error means, when the code is known. */
  readonly meaning: string | undefined;
  /** How to fix it, when the code is known. */
  readonly hint: string | undefined;

  constructor(fields: KakaoApiErrorFields) {
    const info = describeApiCode(fields.apiCode);
    super(info?.name ?? 'unknown_api_error', apiMessage(fields.apiCode, info?.meaning), {
      status: fields.status,
      retryable: info?.retryable ?? (fields.status !== undefined && fields.status >= 500),
      retryAfterMs: fields.retryAfterMs,
    });
    this.apiCode = fields.apiCode;
    this.msg = fields.msg === undefined ? undefined : redact(fields.msg, fields.secrets);
    const clean = (text: string) => redact(text, fields.secrets);
    this.requiredScopes = Object.freeze((fields.requiredScopes ?? []).map(clean));
    this.allowedScopes = Object.freeze((fields.allowedScopes ?? []).map(clean));
    this.apiType = fields.apiType === undefined ? undefined : clean(fields.apiType);
    this.meaning = info?.meaning;
    this.hint = info?.hint;
  }
}

function apiMessage(apiCode: number, meaning: string | undefined): string {
  return `Kakao API error ${apiCode}: ${meaning ?? 'unknown error'}`;
}
