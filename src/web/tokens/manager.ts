/**
 * What the web layer needs from a token manager (`kakao-oauth/tokens`): keep a user's token set
 * under a key, hand out a valid access token (refreshing when needed), run a call with a refresh
 * and one retry on `-401`, and forget a key. The manager of `kakao-oauth/tokens` fits this shape;
 * {@link createDirectTokens} is a small in-process default built on the client alone.
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
   * @throws when there is no set for `key`, or Kakao refuses the refresh (then the set is gone).
   */
  getAccessToken(key: string, options?: { signal?: AbortSignal | undefined }): Promise<string>;
  /** Runs `call` with a valid access token; on a `-401` refreshes once and retries once. */
  withAccessToken<T>(key: string, call: (accessToken: string) => Promise<T>): Promise<T>;
  /** Forgets the set of `key` (no call to Kakao). Idempotent. */
  remove(key: string): Promise<void>;
}
