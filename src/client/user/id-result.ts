/**
 * The `{ "id": … }` answer of logout, unlink, update_profile and signup.
 *
 * @module
 */
import type { KakaoClient } from '../../base/config.js';
import type { Params } from '../../base/http/form.js';
import { type CallOptions, callApiObject } from './call-api.js';
import type { CallerAuth } from './caller.js';
import { idFromBody } from './user-id.js';

/**
 * The user a call acted on.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * const { id }: UserIdResult = await unlink(kakao, { accessToken });
 * ```
 */
export interface UserIdResult {
  /** Decimal string. */
  id: string;
}

/**
 * POSTs to a kapi path that answers `{ id }` and returns the id as a string. Not retried.
 *
 * @example
 * ```ts
 * import { callerAuth } from './caller.js';
 * declare const kakao: KakaoClient;
 * declare const caller: KakaoCaller;
 * declare const signal: AbortSignal;
 * await postForId(kakao, callerAuth(kakao, caller), '/v1/user/logout', {}, { signal });
 * ```
 */
export async function postForId(
  kakao: KakaoClient,
  auth: CallerAuth,
  path: string,
  params: Params,
  options: CallOptions,
): Promise<UserIdResult> {
  const { signal, deadlineMs } = options;
  const body = await callApiObject(kakao, auth, {
    method: 'POST',
    path,
    params,
    idempotent: false,
    signal,
    deadlineMs,
  });
  return { id: idFromBody(body.id, `POST ${path}`) };
}
