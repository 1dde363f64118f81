/**
 * SEAM for id_token verification on the code exchange — not implemented in the client module.
 *
 * The OIDC module (`verifyIdToken`) plugs in here. Until it does, nothing is verified: the
 * id_token is returned as Kakao sent it and `idTokenClaims` stays `undefined`.
 *
 * @module
 */
import type { KakaoClient } from '../config.js';
import type { KakaoTokenSet } from './token-set.js';

/** Checks for the id_token of a code exchange (applied once verification is wired in). */
export interface IdTokenChecks {
  /** The nonce sent on the authorize URL; the id_token's `nonce` must equal it. */
  nonce?: string | undefined;
  /** Maximum seconds since the user authenticated (`auth_time`). */
  maxAge?: number | undefined;
}

/**
 * SEAM: where the id_token of a fresh token set will be verified against `checks`.
 * Today it returns the set unchanged and verifies NOTHING.
 *
 * @example
 * ```ts
 * const set = await applyIdTokenChecks(kakao, tokenSet, { nonce });
 * ```
 */
export async function applyIdTokenChecks(
  _kakao: KakaoClient,
  set: KakaoTokenSet,
  _checks: IdTokenChecks | undefined,
): Promise<KakaoTokenSet> {
  return set;
}
