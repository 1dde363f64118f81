/**
 * Who a user call acts for: the user (Bearer access token) or an admin naming the user (spec §1.2).
 *
 * @module
 */
import type { KakaoClient } from '../../base/config.js';
import { bearer, kakaoAK } from '../../base/http/auth-header.js';
import { userIdParam } from './user-id.js';

/**
 * A call in the user's name, with their access token.
 *
 * @example
 * ```ts
 * declare const tokens: KakaoTokenSet;
 * const caller: UserCaller = { accessToken: tokens.accessToken };
 * ```
 */
export interface UserCaller {
  accessToken: string;
}

/**
 * An admin call about one user (needs `adminKey` in the client config; server side only).
 *
 * @example
 * ```ts
 * const caller: AdminCaller = { userId: '1376016924426111111' };
 * ```
 */
export interface AdminCaller {
  userId: string | bigint;
}

/**
 * Either kind of caller.
 *
 * @example
 * ```ts
 * declare const userId: string;
 * declare const accessToken: string;
 * declare const isAdmin: boolean;
 * const caller: KakaoCaller = isAdmin ? { userId } : { accessToken };
 * ```
 */
export type KakaoCaller = UserCaller | AdminCaller;

/**
 * What a caller adds to a request.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * const auth: CallerAuth = callerAuth(kakao, { accessToken });
 * ```
 */
export interface CallerAuth {
  readonly authorization: string;
  /** `target_id_type` + `target_id` for admin calls; empty for Bearer calls. */
  readonly params: Readonly<Record<string, string>>;
  readonly secrets: readonly string[];
}

/**
 * Turns a caller into the `Authorization` header and, for admin calls, `target_id_type=user_id`
 * and `target_id`.
 *
 * @throws TypeError when the caller is neither kind, or an admin call lacks `adminKey`.
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * callerAuth(kakao, { userId: '1376016924426111111' });
 * // { authorization: 'KakaoAK …', params: { target_id_type: 'user_id', target_id: '1376016924426111111' }, … }
 * ```
 */
export function callerAuth(kakao: KakaoClient, caller: KakaoCaller): CallerAuth {
  if (caller !== null && typeof caller === 'object' && 'accessToken' in caller) {
    return { authorization: bearer(caller.accessToken), params: {}, secrets: [caller.accessToken] };
  }
  if (caller !== null && typeof caller === 'object' && 'userId' in caller) {
    const targetId = userIdParam(caller.userId);
    const authorization = kakaoAK(kakao);
    const params = { target_id_type: 'user_id', target_id: targetId };
    return { authorization, params, secrets: kakao.adminKey === undefined ? [] : [kakao.adminKey] };
  }
  throw new TypeError('Pass { accessToken } for a user call or { userId } for an admin call.');
}

/**
 * The admin-only header (no target user), for `/v1/user/ids` and `/v2/app/users`.
 *
 * @throws TypeError when the client has no admin key.
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * adminAuth(kakao).authorization; // 'KakaoAK …'
 * ```
 */
export function adminAuth(kakao: KakaoClient): CallerAuth {
  const authorization = kakaoAK(kakao);
  return { authorization, params: {}, secrets: kakao.adminKey === undefined ? [] : [kakao.adminKey] };
}
