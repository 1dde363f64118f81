/**
 * User info: `GET|POST /v2/user/me` (spec §12).
 *
 * @module
 */
import type { KakaoClient } from '../../base/config.js';
import { type CallOptions, callApi } from './call-api.js';
import { callerAuth, type KakaoCaller } from './caller.js';
import { type KakaoUser, toKakaoUser } from './user-model.js';

/**
 * Options of {@link getUser}.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * await getUser(kakao, { accessToken, propertyKeys: ['kakao_account.email'], method: 'POST' });
 * ```
 */
export interface GetUserOptions extends CallOptions {
  /** Restrict the response, e.g. `['kakao_account.email', 'kakao_account.profile']`. */
  propertyKeys?: readonly string[] | undefined;
  /** `true` (default, like the SDKs) returns `https` image URLs. */
  secureResource?: boolean | undefined;
  /** `GET` (default; query string) or `POST` (form body). */
  method?: 'GET' | 'POST' | undefined;
}

/**
 * Reads the user: with `{ accessToken }` the token's owner, with `{ userId }` any linked user
 * (admin key). `id` comes back as a decimal string.
 *
 * @throws KakaoApiError (`-401` bad token, `-101` not linked, `-2` bad property_keys),
 *   KakaoResponseError, KakaoTransportError; TypeError for a bad caller or missing admin key.
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const tokens: KakaoTokenSet;
 * const user = await getUser(kakao, { accessToken: tokens.accessToken });
 * console.log(user.id, user.kakao_account?.profile?.nickname);
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#req-user-info
 */
export async function getUser(kakao: KakaoClient, caller: KakaoCaller & GetUserOptions): Promise<KakaoUser> {
  const method = caller.method ?? 'GET';
  const body = await callApi(kakao, callerAuth(kakao, caller), {
    method,
    path: '/v2/user/me',
    params: {
      secure_resource: caller.secureResource ?? true,
      property_keys: caller.propertyKeys,
    },
    idempotent: true,
    signal: caller.signal,
    deadlineMs: caller.deadlineMs,
  });
  return toKakaoUser(body, `${method} /v2/user/me`);
}
