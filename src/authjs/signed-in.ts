/**
 * The one piece of Kakao that Auth.js's JWT and session carry: the exact Kakao id (`kakaoId`).
 * Kakao's tokens stay in the token manager, never in the cookie.
 *
 * @module
 */
import { KakaoSignInRequiredError } from '../tokens/index.js';

/**
 * Whose Kakao tokens to use: the session from Auth.js (`auth()`, `/auth/session`), whose
 * `kakaoId` {@link kakaoAuthJs}'s session callback set, or the Kakao id itself.
 *
 * @example
 * ```ts
 * const who: KakaoSignedIn = { kakaoId: '1376016924426111111' };
 * ```
 */
export type KakaoSignedIn = string | { readonly kakaoId?: unknown } | null | undefined;

/**
 * The Kakao id of `who`.
 *
 * @throws KakaoSignInRequiredError (`no_tokens`) when `who` is no session or a session without a
 *   Kakao id (not signed in, or signed in with another provider); TypeError for anything else.
 * @example
 * ```ts
 * kakaoIdOf({ kakaoId: '1376016924426111111' }); // '1376016924426111111'
 * ```
 */
export function kakaoIdOf(who: KakaoSignedIn): string {
  if (typeof who === 'string') return who;
  if (who === null || who === undefined) throw new KakaoSignInRequiredError('no_tokens');
  if (typeof who !== 'object') {
    throw new TypeError('Pass the Auth.js session (with kakaoId) or the Kakao user id as a string.');
  }
  const kakaoId = Object.hasOwn(who, 'kakaoId') ? who.kakaoId : undefined;
  if (typeof kakaoId !== 'string') throw new KakaoSignInRequiredError('no_tokens');
  return kakaoId;
}
