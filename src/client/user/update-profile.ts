/**
 * Saving custom user properties: `POST /v1/user/update_profile` (spec §15).
 *
 * @module
 */
import type { KakaoClient } from '../../base/config.js';
import type { CallOptions } from './call-api.js';
import { callerAuth } from './caller.js';
import { postForId, type UserIdResult } from './id-result.js';

/**
 * Saves custom properties (keys defined in the console; string values). The default keys
 * `nickname`, `profile_image`, `thumbnail_image` can no longer be written.
 *
 * @throws KakaoApiError (`-201` unknown key, `-2`, `-401`); TypeError for non-string values.
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * await updateProfile(kakao, { accessToken, properties: { grade: 'gold', level: '3' } });
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#save-user-info
 */
export async function updateProfile(
  kakao: KakaoClient,
  params: { accessToken: string; properties: Readonly<Record<string, string>> } & CallOptions,
): Promise<UserIdResult> {
  const properties = checkProperties(params.properties, true);
  const auth = callerAuth(kakao, { accessToken: params.accessToken });
  return postForId(kakao, auth, '/v1/user/update_profile', { properties }, params);
}

/**
 * Checks a properties record: an object of string values.
 *
 * @throws TypeError otherwise.
 * @example
 * ```ts
 * checkProperties({ grade: 'gold' }, true);
 * ```
 */
export function checkProperties(
  properties: Readonly<Record<string, string>> | undefined,
  required: boolean,
): Readonly<Record<string, string>> | undefined {
  if (properties === undefined && !required) return undefined;
  const ok =
    typeof properties === 'object' &&
    properties !== null &&
    !Array.isArray(properties) &&
    Object.values(properties).every((value) => typeof value === 'string');
  if (!ok) throw new TypeError('properties must be an object of string values, e.g. { grade: "gold" }.');
  return properties;
}
