/**
 * id_token verification on the code exchange: when Kakao returns an id_token and the caller passed
 * the nonce it sent, the token is verified (signature, `iss`, `aud`, expiry, nonce, `auth_time`)
 * before the token set is handed back.
 *
 * @module
 */

import type { KakaoClient } from '../../base/config.js';
import type { VerifyIdTokenChecks } from '../../oidc/claims.js';
import { verifyIdToken } from '../../oidc/verify.js';
import type { KakaoTokenSet } from './token-set.js';

/**
 * Verifies the id_token of a fresh token set against `checks` and attaches the verified claims.
 * Without checks (or without an id_token) the set is returned unchanged and unverified.
 *
 * @throws KakaoIdTokenError when the id_token fails a check.
 * @example
 * ```ts
 * const set = await applyIdTokenChecks(kakao, tokenSet, { nonce });
 * set.idTokenClaims?.sub;
 * ```
 */
export async function applyIdTokenChecks(
  kakao: KakaoClient,
  set: KakaoTokenSet,
  checks: VerifyIdTokenChecks | undefined,
): Promise<KakaoTokenSet> {
  if (checks === undefined || set.idToken === undefined) return set;
  const idTokenClaims = await verifyIdToken(kakao, set.idToken, checks);
  return { ...set, idTokenClaims };
}
