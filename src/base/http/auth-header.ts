/**
 * `Authorization` header values for kapi (spec §1.2).
 *
 * @module
 */
import type { KakaoClient } from '../config.js';

/**
 * `Bearer {token}` for calls in a user's name.
 *
 * @throws TypeError when the token is empty.
 * @example
 * ```ts
 * declare const tokens: KakaoTokenSet;
 * bearer(tokens.accessToken); // 'Bearer …'
 * ```
 */
export function bearer(accessToken: string): string {
  if (typeof accessToken !== 'string' || accessToken.trim() === '') {
    throw new TypeError('accessToken must be a non-empty string: pass the access token from exchangeCode.');
  }
  return `Bearer ${accessToken}`;
}

/**
 * `KakaoAK {adminKey}` for admin calls (server side only).
 *
 * @throws TypeError when the client has no admin key.
 * @example
 * ```ts
 * declare const restApiKey: string;
 * declare const adminKey: string;
 * kakaoAK(createKakaoClient({ restApiKey, adminKey })); // 'KakaoAK …'
 * ```
 */
export function kakaoAK(kakao: KakaoClient): string {
  if (kakao.adminKey === undefined) {
    throw new TypeError(
      'This call needs the admin key: pass adminKey (KAKAO_ADMIN_KEY) to createKakaoClient, server side only.',
    );
  }
  return `KakaoAK ${kakao.adminKey}`;
}
