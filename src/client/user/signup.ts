/**
 * Manual signup (link) for apps without auto-link: `POST /v1/user/signup` (spec §16).
 *
 * @module
 */
import type { KakaoClient } from '../../base/config.js';
import type { CallOptions } from './call-api.js';
import { callerAuth } from './caller.js';
import { postForId, type UserIdResult } from './id-result.js';
import { checkProperties } from './update-profile.js';

/**
 * Links a pre-registered user to the app, optionally saving custom properties.
 *
 * @throws KakaoApiError (`-102` already linked, `-401`), KakaoResponseError, KakaoTransportError.
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * const user = await getUser(kakao, { accessToken });
 * if (user.has_signed_up === false) await signup(kakao, { accessToken });
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#signup
 */
export async function signup(
  kakao: KakaoClient,
  params: { accessToken: string; properties?: Readonly<Record<string, string>> | undefined } & CallOptions,
): Promise<UserIdResult> {
  const properties = checkProperties(params.properties, false);
  const auth = callerAuth(kakao, { accessToken: params.accessToken });
  return postForId(kakao, auth, '/v1/user/signup', { properties }, params);
}
