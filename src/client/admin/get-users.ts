/**
 * Many users at once (admin): `GET /v2/app/users` (spec §13).
 *
 * @module
 */
import type { KakaoClient } from '../../base/config.js';
import { KakaoResponseError } from '../../base/errors/response-error.js';
import { isRecord } from '../../base/http/response-body.js';
import { type CallOptions, callApi } from '../user/call-api.js';
import { adminAuth } from '../user/caller.js';
import { userIdParam } from '../user/user-id.js';
import { type KakaoUser, toKakaoUser } from '../user/user-model.js';

/**
 * Options of {@link getUsers}.
 *
 * @example
 * ```ts
 * const options: GetUsersOptions = { userIds: ['1376016924426111111'], propertyKeys: ['kakao_account.email'] };
 * ```
 */
export interface GetUsersOptions extends CallOptions {
  /** Up to 100 user ids (20 when `propertyKeys` is given). */
  userIds: readonly (string | bigint)[];
  /** E.g. `['kakao_account.', 'properties.', 'has_signed_up']` for everything. */
  propertyKeys?: readonly string[] | undefined;
}

/**
 * Reads several users in one call. Without `propertyKeys` Kakao returns only `id`,
 * `connected_at` and `synched_at`. Accepts both documented shapes (a bare array or `{ elements }`).
 *
 * @throws KakaoApiError, KakaoResponseError, KakaoTransportError; TypeError without `adminKey`,
 *   for an empty list, too many ids, or an id that is not a decimal string / bigint.
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * const users = await getUsers(kakao, {
 *   userIds: ['1376016924426111111', '1376016924426222222'],
 *   propertyKeys: ['kakao_account.email'],
 * });
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#user-info-multiple
 */
export async function getUsers(kakao: KakaoClient, options: GetUsersOptions): Promise<KakaoUser[]> {
  const ids = checkIds(options.userIds, options.propertyKeys === undefined ? 100 : 20);
  const what = 'GET /v2/app/users';
  const body = await callApi(kakao, adminAuth(kakao), {
    method: 'GET',
    path: '/v2/app/users',
    params: {
      target_id_type: 'user_id',
      target_ids: `[${ids.join(',')}]`,
      property_keys: options.propertyKeys,
    },
    idempotent: true,
    signal: options.signal,
    deadlineMs: options.deadlineMs,
  });
  const list = Array.isArray(body) ? body : isRecord(body) ? body.elements : undefined;
  if (!Array.isArray(list)) throw new KakaoResponseError('unexpected_body', what, { status: 200 });
  return list.map((user) => toKakaoUser(user, what));
}

function checkIds(userIds: readonly (string | bigint)[], max: number): string[] {
  if (!Array.isArray(userIds) || userIds.length === 0 || userIds.length > max) {
    throw new TypeError(
      `userIds must hold 1 to ${max} ids (${max === 20 ? 'with' : 'without'} propertyKeys).`,
    );
  }
  return userIds.map(userIdParam);
}
