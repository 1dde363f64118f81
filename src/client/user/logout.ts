/**
 * Logout (token expiry): `POST /v1/user/logout` (spec §10).
 *
 * @module
 */
import type { KakaoClient } from '../../base/config.js';
import type { CallOptions } from './call-api.js';
import { callerAuth, type KakaoCaller } from './caller.js';
import { postForId, type UserIdResult } from './id-result.js';

/**
 * Expires tokens: with `{ accessToken }` that token (and its refresh token), with `{ userId }`
 * (admin) all of the user's tokens for the app. The Kakao browser session survives; use
 * `buildLogoutUrl` for that.
 *
 * @throws KakaoApiError (`-401`, `-101`, `-2`), KakaoResponseError, KakaoTransportError.
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const tokens: KakaoTokenSet;
 * await logout(kakao, { accessToken: tokens.accessToken });
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#logout
 */
export async function logout(kakao: KakaoClient, caller: KakaoCaller & CallOptions): Promise<UserIdResult> {
  return postForId(kakao, callerAuth(kakao, caller), '/v1/user/logout', {}, caller);
}
