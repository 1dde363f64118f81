/**
 * Unlink: `POST /v1/user/unlink` (spec §11).
 *
 * @module
 */
import type { KakaoClient } from '../../base/config.js';
import type { CallOptions } from './call-api.js';
import { callerAuth, type KakaoCaller } from './caller.js';
import { postForId, type UserIdResult } from './id-result.js';

/**
 * Removes the app↔user link: consents are wiped and every token of the user for the app dies.
 *
 * @throws KakaoApiError (`-401`, `-101` already unlinked, `-2`), KakaoResponseError,
 *   KakaoTransportError.
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * await unlink(kakao, { userId: '1376016924426111111' }); // admin key
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#unlink
 */
export async function unlink(kakao: KakaoClient, caller: KakaoCaller & CallOptions): Promise<UserIdResult> {
  return postForId(kakao, callerAuth(kakao, caller), '/v1/user/unlink', {}, caller);
}
