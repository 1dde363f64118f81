/**
 * Errors of the OIDC layer, both extending the client's `KakaoError` (stable string `code`).
 * Transport and unreadable responses surface as the client's `KakaoTransportError` and
 * `KakaoResponseError`.
 *
 * @module
 */
import { KakaoError } from '../base/errors/kakao-error.js';

/** Which id_token check failed. Stable: switch on it, do not parse messages. */
export type IdTokenErrorCode =
  | 'ID_TOKEN_TOO_LARGE'
  | 'ID_TOKEN_MALFORMED'
  | 'ID_TOKEN_ALG'
  | 'ID_TOKEN_KID_UNKNOWN'
  | 'ID_TOKEN_JWKS_UNAVAILABLE'
  | 'ID_TOKEN_SIGNATURE'
  | 'ID_TOKEN_CLAIMS'
  | 'ID_TOKEN_ISS'
  | 'ID_TOKEN_AUD'
  | 'ID_TOKEN_EXPIRED'
  | 'ID_TOKEN_IAT_FUTURE'
  | 'ID_TOKEN_NOT_YET_VALID'
  | 'ID_TOKEN_NONCE_MISSING'
  | 'ID_TOKEN_NONCE_MISMATCH'
  | 'ID_TOKEN_NONCE_UNEXPECTED'
  | 'ID_TOKEN_AUTH_TIME';

/**
 * An id_token failed verification. The message says which check failed and never contains the
 * token, its claims' values or the expected nonce.
 *
 * @example
 * ```ts
 * import { KakaoIdTokenError, verifyIdToken, type KakaoClient } from 'kakao-oauth';
 * declare const kakao: KakaoClient;
 * try {
 *   await verifyIdToken(kakao, 'eyJ...', { nonce: 'n-0S6_WzA2Mj' });
 * } catch (error) {
 *   if (error instanceof KakaoIdTokenError && error.code === 'ID_TOKEN_EXPIRED') {
 *     // ask the user to log in again
 *   }
 * }
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#oidc-id-token-verify
 */
export class KakaoIdTokenError extends KakaoError {
  /** Which check failed. */
  declare readonly code: IdTokenErrorCode;

  constructor(code: IdTokenErrorCode, message: string, options?: { cause?: unknown }) {
    // Only an unreachable key set may heal by itself; a bad token stays bad.
    super(code, message, { cause: options?.cause, retryable: code === 'ID_TOKEN_JWKS_UNAVAILABLE' });
  }
}

/** What was wrong with a discovery or JWKS document. */
export type OidcMetadataErrorCode = 'OIDC_RESPONSE_INVALID' | 'OIDC_ISSUER_MISMATCH';

/**
 * Kakao's OpenID configuration or key set arrived but does not make sense (wrong issuer, missing
 * endpoints, no usable key).
 *
 * @example
 * ```ts
 * import { KakaoOidcMetadataError, getDiscovery, type KakaoClient } from 'kakao-oauth';
 * declare const kakao: KakaoClient;
 * await getDiscovery(kakao).catch((error) => {
 *   if (error instanceof KakaoOidcMetadataError && error.code === 'OIDC_ISSUER_MISMATCH') throw error;
 * });
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#oidc-find-metadata
 */
export class KakaoOidcMetadataError extends KakaoError {
  /** What went wrong. */
  declare readonly code: OidcMetadataErrorCode;

  constructor(code: OidcMetadataErrorCode, message: string) {
    super(code, message);
  }
}
