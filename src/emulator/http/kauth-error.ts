/**
 * kauth's JSON error dialect (spec §21.1) for `/oauth/token` and `/oauth/tokeninfo`:
 * `{error, error_description, error_code}`. The one place kauth JSON errors are written.
 *
 * @module
 */

import { jsonResponse } from './json.js';

/** A kauth error as data (thrown inside kauth routes, written by {@link kauthErrorResponse}). */
export class KauthFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly errorCode: string,
    readonly description: string,
  ) {
    super(`${errorCode} ${error}: ${description}`);
    this.name = 'KauthFailure';
  }
}

/**
 * A kauth JSON error response; 401s carry `WWW-Authenticate` (exact text unconfirmed).
 *
 * @example
 * ```ts
 * const response = kauthErrorResponse(new KauthFailure(400, 'invalid_grant', 'KOE320', 'authorization code not found'));
 * ```
 * @see https://developers.kakao.com/docs/latest/en/kakaologin/trouble-shooting
 */
export function kauthErrorResponse(failure: KauthFailure): Response {
  const headers: Record<string, string> = {};
  if (failure.status === 401) headers['www-authenticate'] = `Basic realm="kauth", error="${failure.error}"`;
  const body = {
    error: failure.error,
    error_description: failure.description,
    error_code: failure.errorCode,
  };
  return jsonResponse(body, { status: failure.status, headers });
}
