/**
 * The token set: Kakao's token response with absolute expiry instants (spec §4.2, §5.2, §6).
 *
 * @module
 */
import type { KakaoIdTokenClaims } from '../../oidc/claims.js';

/**
 * Kakao's token response as sent (snake_case, §4.2); unknown extra fields are kept.
 *
 * @example
 * ```ts
 * declare const tokens: KakaoTokenSet;
 * const raw: KakaoTokenResponse = tokens.raw;
 * console.log(raw.refresh_token_expires_in);
 * ```
 */
export interface KakaoTokenResponse {
  /** Always `bearer` (lower case). */
  token_type: string;
  access_token: string;
  /** Seconds the access token stays valid (Kakao sends "minus one" values such as 21599). */
  expires_in: number;
  refresh_token?: string;
  refresh_token_expires_in?: number;
  id_token?: string;
  /** Space-separated scope ids; absent on refresh. */
  scope?: string;
  [extra: string]: unknown;
}

/**
 * Tokens of one login, with absolute expiry instants computed from the client's clock.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const code: string;
 * const tokens: KakaoTokenSet = await exchangeCode(kakao, { code });
 * if (tokens.accessTokenExpiresAt - kakao.clock() < 60_000) await refreshTokens(kakao, tokens);
 * ```
 */
export interface KakaoTokenSet {
  /** `bearer`. */
  readonly tokenType: string;
  readonly accessToken: string;
  /** When the access token expires, epoch milliseconds. */
  readonly accessTokenExpiresAt: number;
  /** The refresh token; kept from the previous set when a refresh returned none. */
  readonly refreshToken: string | undefined;
  /** When the refresh token expires, epoch milliseconds (unknown when refreshing from a bare string). */
  readonly refreshTokenExpiresAt: number | undefined;
  /** The latest id_token (OIDC), kept from the previous set when a refresh returned none. */
  readonly idToken: string | undefined;
  /** Scope ids the tokens carry; kept from the previous set on refresh (Kakao sends none). */
  readonly scopes: readonly string[];
  /** Kakao's payload of the response that produced this set, as sent (ids lossless). */
  readonly raw: KakaoTokenResponse;
  /** Verified id_token claims, when `exchangeCode` was given checks (the nonce) and verified the id_token. */
  readonly idTokenClaims?: KakaoIdTokenClaims | undefined;
}

/**
 * Builds a set from a token response received at `now`, carrying over what a refresh omits.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const raw: KakaoTokenResponse;
 * declare const refreshRaw: KakaoTokenResponse;
 * const set = tokenSetFromResponse(raw, kakao.clock());
 * const refreshed = tokenSetFromResponse(refreshRaw, kakao.clock(), set);
 * ```
 */
export function tokenSetFromResponse(
  raw: KakaoTokenResponse,
  now: number,
  previous?: Pick<KakaoTokenSet, 'refreshToken' | 'refreshTokenExpiresAt' | 'idToken' | 'scopes'>,
): KakaoTokenSet {
  const rotated = typeof raw.refresh_token === 'string' && raw.refresh_token !== '';
  return Object.freeze({
    tokenType: raw.token_type,
    accessToken: raw.access_token,
    accessTokenExpiresAt: now + raw.expires_in * 1000,
    refreshToken: rotated ? raw.refresh_token : previous?.refreshToken,
    refreshTokenExpiresAt: rotated
      ? expiry(now, raw.refresh_token_expires_in)
      : previous?.refreshTokenExpiresAt,
    idToken: raw.id_token ?? previous?.idToken,
    scopes: Object.freeze(raw.scope === undefined ? [...(previous?.scopes ?? [])] : splitScope(raw.scope)),
    raw,
  });
}

function expiry(now: number, seconds: number | undefined): number | undefined {
  return typeof seconds === 'number' ? now + seconds * 1000 : undefined;
}

/**
 * Splits Kakao's space-separated `scope` (commas tolerated) into ids.
 *
 * @example
 * ```ts
 * splitScope('account_email openid'); // ['account_email', 'openid']
 * ```
 */
export function splitScope(scope: string): string[] {
  return scope.split(/[\s,]+/).filter((item) => item !== '');
}
