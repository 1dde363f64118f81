/**
 * `GET /v1/oidc/userinfo` on kapi: the OIDC view of the user (§7.5).
 *
 * @module
 */
import type { KakaoClient } from '../base/config.js';
import { KakaoResponseError } from '../base/errors/response-error.js';
import { mapApiResponse } from '../base/http/map-api-response.js';
import { sendRequest } from '../base/http/request.js';
import { isRecord } from '../base/http/response-body.js';
import { requireText } from '../base/util/args.js';

/** OIDC standard claims Kakao returns from userinfo; only what the user consented to is present. */
export interface KakaoOidcUserInfo {
  /** The Kakao user id, a decimal string. Compare it with the id_token's `sub`. */
  readonly sub: string;
  /** Real name (consent `name`). */
  readonly name?: string;
  readonly nickname?: string;
  /** Thumbnail URL. */
  readonly picture?: string;
  readonly email?: string;
  /** `true` = verified and still valid; `false` = unverified or now another account's. */
  readonly email_verified?: boolean;
  /** `female` / `male`. */
  readonly gender?: string;
  /** `YYYY-MM-DD`, `0000-MM-DD` (no year) or `YYYY` (year only). */
  readonly birthdate?: string;
  /** E.g. `+82 010-1234-5678`. */
  readonly phone_number?: string;
  readonly phone_number_verified?: boolean;
  /** Any other claim, as sent. */
  readonly [claim: string]: unknown;
}

/** Parameters of {@link getOidcUserInfo}. */
export interface OidcUserInfoParams {
  /** The user's access token (Bearer; there is no admin-key variant). */
  accessToken: string;
  signal?: AbortSignal | undefined;
  /** Overall deadline of this call, retries included, in milliseconds. Default: the client's `deadlineMs`. */
  deadlineMs?: number | undefined;
}

/**
 * Reads the user's OIDC claims with their access token. Unlike the id_token, this carries
 * `email_verified`. Requires OpenID Connect to be on for the app.
 *
 * @throws KakaoApiError (`-401` invalid or expired token), KakaoResponseError, KakaoTransportError;
 *   TypeError when `accessToken` is missing.
 * @example
 * ```ts
 * import { getOidcUserInfo, type KakaoClient } from 'kakao-oauth';
 * declare const kakao: KakaoClient;
 * declare const accessToken: string;
 * const info = await getOidcUserInfo(kakao, { accessToken });
 * if (info.email && info.email_verified) console.log(info.email);
 * ```
 * @see https://developers.kakao.com/docs/latest/ko/kakaologin/rest-api#oidc-user-info
 */
export async function getOidcUserInfo(
  kakao: KakaoClient,
  params: OidcUserInfoParams,
): Promise<KakaoOidcUserInfo> {
  const accessToken = requireText(params?.accessToken, 'accessToken', "pass the user's access token");
  const body = await sendRequest(
    kakao,
    {
      server: 'api',
      method: 'GET',
      path: '/v1/oidc/userinfo',
      authorization: `Bearer ${accessToken}`,
      idempotent: true,
      signal: params.signal,
      deadlineMs: params.deadlineMs,
      secrets: [accessToken],
    },
    mapApiResponse,
  );
  if (!isRecord(body) || typeof body.sub !== 'string' || body.sub === '') {
    throw new KakaoResponseError('unexpected_body', 'GET /v1/oidc/userinfo', { status: 200 });
  }
  return body as KakaoOidcUserInfo;
}
