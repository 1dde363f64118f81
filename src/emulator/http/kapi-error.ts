/**
 * kapi's error dialect (spec §21.2, §21.4): `{"msg": …, "code": <negative>}` with the HTTP status
 * of the code table, and `WWW-Authenticate` on `-401`. The one place kapi errors are written.
 *
 * @module
 */

import { jsonResponse } from './json.js';

/** HTTP status per kapi code (§21.4); unlisted codes answer 400. */
export const KAPI_STATUS: Readonly<Record<number, number>> = {
  [-1]: 400,
  [-2]: 400,
  [-3]: 403,
  [-4]: 403,
  [-5]: 403,
  [-6]: 403,
  [-7]: 400,
  [-8]: 400,
  [-9]: 400,
  [-10]: 400,
  [-11]: 400,
  [-12]: 403,
  [-101]: 400,
  [-102]: 400,
  [-103]: 400,
  [-201]: 400,
  [-401]: 401,
  [-402]: 403,
  [-406]: 401,
  [-9798]: 503,
};

/** Default `msg` per code, where Kakao's wording is known. */
export const KAPI_MESSAGES: Readonly<Record<number, string>> = {
  [-1]: 'internal error.',
  [-2]: 'invalid parameter.',
  [-3]: 'not registered or not allowed api.',
  [-5]: 'no permission for this api.',
  [-8]: 'invalid header.',
  [-10]: 'API limit has been exceeded.',
  [-101]: 'NotRegisteredUserException',
  [-102]: 'AlreadyRegisteredUserException',
  [-401]: 'this access token does not exist',
  [-402]: 'insufficient scopes.',
  [-406]: 'Not allowed under age 14',
  [-9798]: 'service check.',
};

/** `WWW-Authenticate` sent with `-401` (exact text unconfirmed, spec Uncertain #20). */
export const KAPI_WWW_AUTHENTICATE = 'Bearer realm="kakao", error="invalid_token"';

/** Options of {@link kapiError}. */
export interface KapiErrorOptions {
  /** Overrides the status of the code table (e.g. 429 for `-10` on `/v1/user/ids`). */
  status?: number | undefined;
  /** Extra body fields, e.g. `required_scopes`, `allowed_scopes`, `api_type` for `-402`. */
  extra?: Record<string, unknown> | undefined;
}

/**
 * A kapi error response.
 *
 * @example
 * ```ts
 * const expired = kapiError(-401, 'this access token is already expired');
 * const consent = kapiError(-402, undefined, { extra: { required_scopes: ['account_email'] } });
 * ```
 * @see https://developers.kakao.com/docs/latest/en/rest-api/error-code
 */
export function kapiError(code: number, msg?: string, options: KapiErrorOptions = {}): Response {
  const status = options.status ?? KAPI_STATUS[code] ?? 400;
  const headers: Record<string, string> = {};
  if (code === -401) headers['www-authenticate'] = KAPI_WWW_AUTHENTICATE;
  const body = { msg: msg ?? KAPI_MESSAGES[code] ?? 'error.', code, ...options.extra };
  return jsonResponse(body, { status, headers });
}
