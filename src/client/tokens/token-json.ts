/**
 * Token sets as JSON: Kakao's own snake_case shape (§4.2) plus absolute expiry instants, for the
 * CLI to print and save, and back.
 *
 * @module
 */
import { isRecord } from '../../base/http/response-body.js';
import { type KakaoTokenResponse, type KakaoTokenSet, splitScope } from './token-set.js';

/**
 * Kakao's token response fields, plus `expires_at` / `refresh_token_expires_at` (epoch seconds).
 *
 * @example
 * ```ts
 * declare const tokens: KakaoTokenSet;
 * declare const kakao: KakaoClient;
 * const json: KakaoTokenJson = toTokenResponse(tokens, kakao.clock());
 * ```
 */
export interface KakaoTokenJson extends KakaoTokenResponse {
  /** When the access token expires, epoch seconds. */
  expires_at: number;
  /** When the refresh token expires, epoch seconds (when known). */
  refresh_token_expires_at?: number;
}

/**
 * The set as Kakao-style snake_case JSON: `expires_in` values are recomputed for `now`, the
 * refresh token and id_token are the current ones (also when carried over from before a refresh),
 * and `expires_at` / `refresh_token_expires_at` keep the absolute instants.
 *
 * @param now - epoch milliseconds; pass `kakao.clock()` to use the client's clock
 * @example
 * ```ts
 * declare const tokens: KakaoTokenSet;
 * declare const kakao: KakaoClient;
 * console.log(JSON.stringify(toTokenResponse(tokens, kakao.clock()), null, 2));
 * ```
 */
export function toTokenResponse(set: KakaoTokenSet, now: number = Date.now()): KakaoTokenJson {
  const json: KakaoTokenJson = {
    token_type: set.tokenType,
    access_token: set.accessToken,
    expires_in: remainingSeconds(set.accessTokenExpiresAt, now),
    expires_at: Math.floor(set.accessTokenExpiresAt / 1000),
  };
  if (set.idToken !== undefined) json.id_token = set.idToken;
  if (set.refreshToken !== undefined) json.refresh_token = set.refreshToken;
  if (set.refreshTokenExpiresAt !== undefined) {
    json.refresh_token_expires_in = remainingSeconds(set.refreshTokenExpiresAt, now);
    json.refresh_token_expires_at = Math.floor(set.refreshTokenExpiresAt / 1000);
  }
  if (set.scopes.length > 0) json.scope = set.scopes.join(' ');
  return json;
}

function remainingSeconds(expiresAt: number, now: number): number {
  return Math.max(0, Math.floor((expiresAt - now) / 1000));
}

/**
 * Reads a set back from {@link toTokenResponse} output, or from a bare Kakao token response (then
 * `expires_in` counts from `now`).
 *
 * @throws TypeError when `json` is not a token response.
 * @example
 * ```ts
 * declare const saved: string; // what JSON.stringify(toTokenResponse(tokens)) wrote
 * const tokens = tokenSetFromJson(JSON.parse(saved));
 * ```
 */
export function tokenSetFromJson(json: unknown, now: number = Date.now()): KakaoTokenSet {
  if (!isRecord(json) || typeof json.access_token !== 'string' || json.access_token === '') {
    throw new TypeError('Not a token response: expected an object with an access_token string.');
  }
  const accessTokenExpiresAt = instant(json.expires_at) ?? relative(json.expires_in, now);
  if (accessTokenExpiresAt === undefined) {
    throw new TypeError('Not a token response: expected expires_at or expires_in as a number.');
  }
  return Object.freeze({
    tokenType: typeof json.token_type === 'string' ? json.token_type : 'bearer',
    accessToken: json.access_token,
    accessTokenExpiresAt,
    refreshToken: optionalString(json.refresh_token),
    refreshTokenExpiresAt:
      instant(json.refresh_token_expires_at) ?? relative(json.refresh_token_expires_in, now),
    idToken: optionalString(json.id_token),
    scopes: Object.freeze(typeof json.scope === 'string' ? splitScope(json.scope) : []),
    raw: json as KakaoTokenResponse,
  });
}

function instant(seconds: unknown): number | undefined {
  return typeof seconds === 'number' && Number.isFinite(seconds) ? seconds * 1000 : undefined;
}

function relative(seconds: unknown, now: number): number | undefined {
  return typeof seconds === 'number' && Number.isFinite(seconds) ? now + seconds * 1000 : undefined;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
