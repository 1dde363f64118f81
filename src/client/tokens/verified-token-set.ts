/**
 * Verifying the id_token that came with a token set (the code exchange's OIDC step).
 *
 * @module
 */
import type { KakaoClient } from '../../base/config.js';
import type { KakaoIdTokenClaims, VerifyIdTokenChecks } from '../../oidc/claims.js';
import { verifyIdToken } from '../../oidc/verify.js';
import type { KakaoTokenSet } from './token-set.js';

/** A token set whose id_token, if it had one, passed {@link verifyIdToken}. */
export type VerifiedTokenSet = Omit<KakaoTokenSet, 'idTokenClaims'> & {
  readonly idTokenClaims: KakaoIdTokenClaims | undefined;
};

/**
 * Verifies the set's id_token (when it has one) and returns the set with `idTokenClaims` filled
 * in. A set without an id_token (OIDC off for the app) comes back with `idTokenClaims: undefined`.
 *
 * @throws KakaoIdTokenError when the id_token fails a check.
 * @example
 * ```ts
 * import { exchangeCode, withVerifiedIdToken, type KakaoClient } from 'kakao-oauth';
 * declare const kakao: KakaoClient;
 * declare const session: { code: string; codeVerifier: string; nonce: string };
 * const tokens = await exchangeCode(kakao, { code: session.code, codeVerifier: session.codeVerifier });
 * const verified = await withVerifiedIdToken(kakao, tokens, { nonce: session.nonce });
 * console.log(verified.idTokenClaims?.sub);
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#oidc-id-token-verify
 */
export async function withVerifiedIdToken(
  kakao: KakaoClient,
  set: KakaoTokenSet,
  checks?: VerifyIdTokenChecks,
): Promise<VerifiedTokenSet> {
  if (set.idToken === undefined) return Object.freeze({ ...set, idTokenClaims: undefined });
  const idTokenClaims = await verifyIdToken(kakao, set.idToken, checks);
  return Object.freeze({ ...set, idTokenClaims });
}
