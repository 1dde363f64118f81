/**
 * Checking that a 2xx body from `/oauth/token` really is a token response.
 *
 * @module
 */
import { KakaoResponseError } from '../../base/errors/response-error.js';
import { isRecord } from '../../base/http/response-body.js';
import type { KakaoTokenResponse } from './token-set.js';

/**
 * Returns `body` typed as a token response, or throws `KakaoResponseError('unexpected_body')`.
 *
 * @example
 * ```ts
 * import { mapAuthResponse } from '../../base/http/map-auth-response.js';
 * import { type KakaoRequest, sendRequest } from '../../base/http/request.js';
 * declare const kakao: KakaoClient;
 * declare const request: KakaoRequest;
 * const raw = parseTokenResponse(await sendRequest(kakao, request, mapAuthResponse), 'POST /oauth/token');
 * ```
 */
export function parseTokenResponse(body: unknown, what: string): KakaoTokenResponse {
  if (!isTokenResponse(body)) throw new KakaoResponseError('unexpected_body', what, { status: 200 });
  return body;
}

function isTokenResponse(body: unknown): body is KakaoTokenResponse {
  return (
    isRecord(body) &&
    typeof body.access_token === 'string' &&
    body.access_token !== '' &&
    typeof body.token_type === 'string' &&
    isSeconds(body.expires_in) &&
    optional(body.refresh_token, 'string') &&
    (body.refresh_token_expires_in === undefined || isSeconds(body.refresh_token_expires_in)) &&
    optional(body.id_token, 'string') &&
    optional(body.scope, 'string')
  );
}

function isSeconds(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function optional(value: unknown, type: 'string'): boolean {
  return value === undefined || typeof value === type;
}
