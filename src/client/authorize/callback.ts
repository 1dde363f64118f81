/**
 * Reading the redirect back from `/oauth/authorize` (spec §3.2, §3.4a).
 *
 * @module
 */
import { KakaoAuthError } from '../../base/errors/auth-error.js';
import { KakaoCallbackError } from '../../base/errors/callback-error.js';
import { timingSafeEqual } from './constant-time.js';

/**
 * What a successful callback carries.
 *
 * @example
 * ```ts
 * declare const url: string;
 * declare const expectedState: string;
 * const { code, state }: CallbackResult = parseCallback(url, { expectedState });
 * ```
 */
export interface CallbackResult {
  /** The one-time authorization code; pass it to `exchangeCode`. Secret. */
  readonly code: string;
  /** The `state` Kakao echoed, when there was one. */
  readonly state: string | undefined;
}

/**
 * Checks of {@link parseCallback}.
 *
 * @example
 * ```ts
 * declare const session: { state: string; nonce: string; codeVerifier: string };
 * const checks: CallbackChecks = { expectedState: session.state };
 * ```
 */
export interface CallbackChecks {
  /**
   * The `state` you generated for this login, or `undefined` if you sent none (not recommended).
   * Compared in constant time.
   */
  expectedState: string | undefined;
}

/**
 * Reads the callback URL: checks `state`, then returns the `code` or throws Kakao's error.
 *
 * Relative URLs (such as Node's `req.url`) are accepted.
 *
 * @throws KakaoAuthError for `?error=…` (`code` is `access_denied`, `login_required`,
 *   `consent_required`, `interaction_required` or whatever Kakao sent).
 * @throws KakaoCallbackError `state_mismatch`, `missing_state` or `missing_code`.
 * @example
 * ```ts
 * declare const request: Request;
 * declare const session: { state: string; nonce: string; codeVerifier: string };
 * declare const kakao: KakaoClient;
 * const { code } = parseCallback(request.url, { expectedState: session.state });
 * const tokens = await exchangeCode(kakao, { code, codeVerifier: session.codeVerifier });
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#request-code
 */
export function parseCallback(url: string | URL, checks: CallbackChecks): CallbackResult {
  const query = toUrl(url).searchParams;
  const state = query.get('state') ?? undefined;
  const error = query.get('error');
  if (error !== null) {
    if (state !== undefined) checkState(state, checks.expectedState);
    throw callbackError(error, query);
  }
  checkState(state, checks.expectedState);
  const code = query.get('code');
  if (code === null || code === '') throw new KakaoCallbackError('missing_code');
  return { code, state };
}

function toUrl(url: string | URL): URL {
  if (url instanceof URL) return url;
  if (typeof url !== 'string')
    throw new TypeError('parseCallback needs the callback URL as a string or URL.');
  return new URL(url, 'http://callback.invalid');
}

function checkState(received: string | undefined, expected: string | undefined): void {
  if (expected === undefined) return;
  if (received === undefined) throw new KakaoCallbackError('missing_state');
  if (!timingSafeEqual(received, expected)) throw new KakaoCallbackError('state_mismatch');
}

function callbackError(error: string, query: URLSearchParams): KakaoAuthError {
  const code = query.get('code');
  return new KakaoAuthError({
    error,
    errorDescription: query.get('error_description') ?? undefined,
    errorCode: query.get('error_code') ?? undefined,
    secrets: code === null ? [] : [code],
  });
}
