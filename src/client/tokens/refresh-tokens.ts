/**
 * Refreshing tokens: `POST /oauth/token`, `grant_type=refresh_token` (§5).
 *
 * @module
 */
import type { KakaoClient } from '../../base/config.js';
import { mapAuthResponse } from '../../base/http/map-auth-response.js';
import { sendRequest } from '../../base/http/request.js';
import { requireText, secretsOf } from '../../base/util/args.js';
import { parseTokenResponse } from './parse-token-response.js';
import { type KakaoTokenSet, tokenSetFromResponse } from './token-set.js';
import { withVerifiedIdToken } from './verified-token-set.js';

/**
 * Options of {@link refreshTokens}.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const tokens: KakaoTokenSet;
 * await refreshTokens(kakao, tokens, { signal: AbortSignal.timeout(5000), verifyIdToken: true });
 * ```
 */
export interface RefreshOptions {
  signal?: AbortSignal | undefined;
  /** Deadline of the call in milliseconds. Default: the client's `deadlineMs`. */
  deadlineMs?: number | undefined;
  /**
   * Verify an id_token that comes with the refresh response (signature, `iss`, `aud`, expiry;
   * no nonce: refreshed id_tokens carry none) and return its claims as `idTokenClaims`. An
   * id_token merely carried over from the old set is not re-verified. Default `false`.
   */
  verifyIdToken?: boolean | undefined;
}

/**
 * Gets a new access token. Kakao sends a new refresh token only when the current one has less
 * than 30 days left: then the new one (and its expiry) replaces the old; otherwise the old refresh
 * token and its expiry are kept. Persist the returned set every time.
 *
 * Not retried automatically: a retry after a lost response could spend a rotated refresh token.
 *
 * @param tokens - the current set, or just a refresh token (its expiry is then unknown)
 * @throws KakaoAuthError (`KOE322`: expired/revoked refresh token → log in again; `KOE237` rate
 *   limit), KakaoResponseError, KakaoTransportError; TypeError when there is no refresh token;
 *   KakaoIdTokenError when `verifyIdToken` is on and the refreshed id_token fails a check.
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const store: { load(): Promise<KakaoTokenSet>; save(tokens: KakaoTokenSet): Promise<void> };
 * const tokens = await refreshTokens(kakao, await store.load());
 * await store.save(tokens);
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#refresh-token
 */
export async function refreshTokens(
  kakao: KakaoClient,
  tokens: KakaoTokenSet | string,
  options: RefreshOptions = {},
): Promise<KakaoTokenSet> {
  const previous = typeof tokens === 'string' ? undefined : tokens;
  const refreshToken = requireText(
    typeof tokens === 'string' ? tokens : tokens?.refreshToken,
    'refreshToken',
    'pass a token set that has a refresh token, or the refresh token itself',
  );
  const body = await sendRequest(
    kakao,
    {
      server: 'auth',
      method: 'POST',
      path: '/oauth/token',
      params: {
        grant_type: 'refresh_token',
        client_id: kakao.restApiKey,
        refresh_token: refreshToken,
        client_secret: kakao.clientSecret,
      },
      idempotent: false,
      signal: options.signal,
      deadlineMs: options.deadlineMs,
      secrets: secretsOf(refreshToken, kakao.clientSecret),
    },
    mapAuthResponse,
  );
  const raw = parseTokenResponse(body, 'POST /oauth/token');
  const carried = previous ?? {
    refreshToken,
    refreshTokenExpiresAt: undefined,
    idToken: undefined,
    scopes: [],
  };
  const set = tokenSetFromResponse(raw, kakao.clock(), carried);
  if (options.verifyIdToken !== true || raw.id_token === undefined) return set;
  return withVerifiedIdToken(kakao, set, { nonce: false });
}
