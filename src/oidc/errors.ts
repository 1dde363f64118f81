/**
 * Errors of the OIDC layer: one class per concern, each with a stable string `code`.
 *
 * @module
 */

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
export class KakaoIdTokenError extends Error {
  override readonly name = 'KakaoIdTokenError';
  /** Which check failed. */
  readonly code: IdTokenErrorCode;

  constructor(code: IdTokenErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** What was wrong with a discovery or JWKS document, or with fetching it. */
export type OidcMetadataErrorCode =
  | 'OIDC_HTTP_STATUS'
  | 'OIDC_TRANSPORT'
  | 'OIDC_RESPONSE_TOO_LARGE'
  | 'OIDC_RESPONSE_INVALID'
  | 'OIDC_ISSUER_MISMATCH';

/**
 * Kakao's OpenID configuration or key set could not be fetched or did not make sense.
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
export class KakaoOidcMetadataError extends Error {
  override readonly name = 'KakaoOidcMetadataError';
  /** What went wrong. */
  readonly code: OidcMetadataErrorCode;
  /** HTTP status of the response, when there was one. */
  readonly status: number | undefined;

  constructor(code: OidcMetadataErrorCode, message: string, options?: { cause?: unknown; status?: number }) {
    super(message, options);
    this.code = code;
    this.status = options?.status;
  }
}
