/**
 * What the web layer needs from a token manager (`kakao-oauth/tokens`): keep a user's token set
 * under a key, hand out a valid access token (refreshing when needed), run a call with a refresh
 * on `-401` (and one retry when the call is safe to repeat), and forget a key. The `TokenManager`
 * of `kakao-oauth/tokens` has this shape (pass it as `tokens`); {@link createDirectTokens} is a
 * small in-process default built on the client alone.
 *
 * When the user must sign in again (nothing saved, refresh token refused, user unlinked), both
 * throw a `KakaoError` whose `code` is `sign_in_required` (with `reason` `no_tokens`,
 * `refresh_token_invalid`, `no_refresh_token` or `unlinked`).
 *
 * The web routes key token sets by the Kakao user id: Kakao's logout and unlink act on a user's
 * token chain, and the unlink webhook names a user, so one set per user is what Kakao itself holds.
 *
 * @module
 */
import type { KakaoTokenSet } from '../../client/index.js';

/**
 * The token manager the web layer runs on.
 *
 * @example
 * ```ts
 * declare const tokens: WebTokenManager;
 * declare const set: KakaoTokenSet;
 * await tokens.save('1376016924426111111', set);
 * const accessToken = await tokens.getAccessToken('1376016924426111111');
 * ```
 */
export interface WebTokenManager {
  /** Saves (replaces) the token set of `key`. */
  save(key: string, tokens: KakaoTokenSet): Promise<void>;
  /**
   * A valid access token of `key`, refreshed first when it expires soon.
   *
   * @throws a `sign_in_required` error when there is no set for `key` or Kakao refuses the
   *   refresh (then the set is gone).
   */
  getAccessToken(key: string): Promise<string>;
  /**
   * Runs `fn` with a valid access token; on a `-401` refreshes once and, when `idempotent`, runs
   * `fn` once more (else throws the `-401`). On `-101` the set ends (`sign_in_required`, `unlinked`).
   */
  call<T>(
    key: string,
    fn: (accessToken: string) => Promise<T>,
    options?: { idempotent?: boolean | undefined },
  ): Promise<T>;
  /** Forgets the set of `key` (no call to Kakao). Idempotent. */
  remove(key: string): Promise<void>;
}

/**
 * Why a user must sign in again (as in `kakao-oauth/tokens`).
 *
 * @example
 * ```ts
 * const reason: SignInReason = 'no_tokens';
 * ```
 */
export type SignInReason = 'no_tokens' | 'refresh_token_invalid' | 'no_refresh_token' | 'unlinked';

/**
 * The reason of a `sign_in_required` error from either token manager, or `undefined` for any
 * other error.
 *
 * @example
 * ```ts
 * declare const error: unknown;
 * if (signInReason(error) === 'unlinked') console.log('already unlinked at Kakao');
 * ```
 */
export function signInReason(error: unknown): SignInReason | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, reason } = error as { code?: unknown; reason?: unknown };
  return code === 'sign_in_required' && typeof reason === 'string' ? (reason as SignInReason) : undefined;
}
