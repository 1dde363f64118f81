/**
 * `verifyIdToken`: the local, JWKS-based check of a Kakao id_token that Kakao recommends.
 *
 * @module
 */
import type { CompactJWSHeaderParameters } from 'jose';
// The subpath keeps cold start small: the jose index would load every JOSE module.
import { compactVerify } from 'jose/jws/compact/verify';
import type { KakaoClient } from '../base/config.js';
import { checkClaims, decodePayload, type KakaoIdTokenClaims, type VerifyIdTokenChecks } from './claims.js';
import { KakaoIdTokenError } from './errors.js';
import { keyForKnownHeader, rememberHeader, resolveVerificationKey } from './jwks-keys.js';

/** Longest id_token accepted, in characters (Kakao's are about 1 KB). */
export const MAX_ID_TOKEN_LENGTH = 16 * 1024;

const ONLY_RS256 = { algorithms: ['RS256'] };

/**
 * Verifies a Kakao id_token and returns its claims: RS256 only, key chosen by `kid` from the
 * issuer's cached JWKS, signature, then `iss` = `kakao.issuer`, `aud` one of `kakao.audiences`,
 * `exp`/`iat` (with clock tolerance, by `kakao.clock`), `nonce`, and `auth_time` against `maxAge`.
 *
 * With a warm cache this does no network I/O and no key import: one signature check plus a few
 * comparisons (a token whose header was seen before even skips the `kid` lookup).
 *
 * @param idToken The compact JWS from the token response's `id_token`.
 * @param checks The nonce you sent (required when you sent one), `maxAge`, clock tolerance.
 * @throws KakaoIdTokenError with a stable `code` naming the failed check.
 * @throws TypeError when `idToken` is not a string.
 * @example
 * ```ts
 * import { createKakaoClient, verifyIdToken } from 'kakao-oauth';
 * const kakao = createKakaoClient({ restApiKey: 'rest-api-key' });
 * declare const idToken: string;
 * const claims = await verifyIdToken(kakao, idToken, { nonce: 'n-0S6_WzA2Mj' });
 * console.log(claims.sub, claims.nickname);
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#oidc-id-token-verify
 */
export async function verifyIdToken(
  kakao: KakaoClient,
  idToken: string,
  checks: VerifyIdTokenChecks = {},
): Promise<KakaoIdTokenClaims> {
  if (typeof idToken !== 'string') throw new TypeError('idToken must be the id_token string.');
  if (idToken.length > MAX_ID_TOKEN_LENGTH) {
    throw new KakaoIdTokenError(
      'ID_TOKEN_TOO_LARGE',
      `The id_token is longer than ${MAX_ID_TOKEN_LENGTH} characters.`,
    );
  }
  const headerSegment = idToken.slice(0, idToken.indexOf('.'));
  const known = keyForKnownHeader(kakao, headerSegment);
  let payload: Uint8Array;
  try {
    const verified = await compactVerify(
      idToken,
      known ?? ((header: CompactJWSHeaderParameters) => keyFor(kakao, header)),
      ONLY_RS256,
    );
    if (!known && verified.key) rememberHeader(kakao, headerSegment, verified.key as CryptoKey);
    payload = verified.payload;
  } catch (error) {
    throw toIdTokenError(error);
  }
  return checkClaims(decodePayload(payload), kakao, checks);
}

function keyFor(kakao: KakaoClient, header: CompactJWSHeaderParameters): CryptoKey | Promise<CryptoKey> {
  return resolveVerificationKey(kakao, header.kid);
}

/** Maps jose's failures to our codes; never copies the token into the message. */
function toIdTokenError(error: unknown): KakaoIdTokenError {
  if (error instanceof KakaoIdTokenError) return error;
  switch ((error as { code?: unknown } | null)?.code) {
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return new KakaoIdTokenError('ID_TOKEN_ALG', 'The id_token is not signed with RS256.', {
        cause: error,
      });
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return new KakaoIdTokenError('ID_TOKEN_SIGNATURE', 'The id_token signature is invalid.', {
        cause: error,
      });
    case 'ERR_JWS_INVALID':
      return new KakaoIdTokenError('ID_TOKEN_MALFORMED', 'The id_token is not a well-formed compact JWS.', {
        cause: error,
      });
    default:
      return new KakaoIdTokenError('ID_TOKEN_SIGNATURE', 'The id_token signature could not be verified.', {
        cause: error,
      });
  }
}
