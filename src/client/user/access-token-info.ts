/**
 * Access-token info: `GET /v1/user/access_token_info` (spec §9).
 *
 * @module
 */
import type { KakaoClient } from '../../base/config.js';
import { KakaoResponseError } from '../../base/errors/response-error.js';
import { type CallOptions, callApiObject } from './call-api.js';
import { callerAuth } from './caller.js';
import { idFromBody } from './user-id.js';

/**
 * What Kakao says about an access token.
 *
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * const info: AccessTokenInfo = await getAccessTokenInfo(kakao, { accessToken });
 * ```
 */
export interface AccessTokenInfo {
  /** The token owner's user id, decimal string. */
  id: string;
  /** Seconds the token stays valid. */
  expires_in: number;
  /** Id of the app the token belongs to, decimal string (read losslessly, like every id). */
  app_id: string;
  /** `expires_in` as an absolute instant (epoch ms, from the client's clock). */
  expiresAt: number;
  [extra: string]: unknown;
}

/**
 * Validates an access token and tells whose it is. Does not count as a user-info read.
 *
 * Kakao's advice: `-1` → retry (done automatically), `-401` → refresh then re-login.
 *
 * @throws KakaoApiError (`-401`, `-2`), KakaoResponseError, KakaoTransportError.
 * @example
 * ```ts
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * const info = await getAccessTokenInfo(kakao, { accessToken });
 * console.log(info.id, info.expires_in);
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#get-token-info
 */
export async function getAccessTokenInfo(
  kakao: KakaoClient,
  caller: { accessToken: string } & CallOptions,
): Promise<AccessTokenInfo> {
  const what = 'GET /v1/user/access_token_info';
  const body = await callApiObject(kakao, callerAuth(kakao, { accessToken: caller.accessToken }), {
    method: 'GET',
    path: '/v1/user/access_token_info',
    idempotent: true,
    signal: caller.signal,
    deadlineMs: caller.deadlineMs,
  });
  if (typeof body.expires_in !== 'number')
    throw new KakaoResponseError('unexpected_body', what, { status: 200 });
  const id = idFromBody(body.id, what);
  return {
    ...body,
    id,
    expires_in: body.expires_in,
    app_id: idFromBody(body.app_id, what),
    expiresAt: kakao.clock() + body.expires_in * 1000,
  };
}
