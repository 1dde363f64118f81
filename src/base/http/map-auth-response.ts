/**
 * Mapping kauth responses (`/oauth/token`, `/oauth/tokeninfo`, discovery, JWKS; spec §21.1).
 *
 * Kept apart from the kapi mapper so that an app that only signs users in does not carry the
 * kapi code table. kauth bodies hold no integer beyond 2^53 (no user ids), so the native
 * `JSON.parse` reads them.
 *
 * @module
 */
import { KakaoAuthError } from '../errors/auth-error.js';
import type { KakaoError } from '../errors/kakao-error.js';
import {
  isRecord,
  type MapContext,
  optionalString,
  parseBody,
  type RawResponse,
  responseError,
} from './response-body.js';

/**
 * Returns the parsed JSON of a 2xx kauth response, or throws: `KakaoAuthError` for
 * `{error, error_code}`, `KakaoResponseError` for HTML, empty, malformed or unrecognised bodies.
 *
 * @example
 * ```ts
 * const json = mapAuthResponse({ status: 200, contentType: 'application/json', text: '{"access_token":"…"}',
 *   retryAfterMs: undefined }, { what: 'POST /oauth/token', secrets: [] });
 * ```
 */
export function mapAuthResponse(raw: RawResponse, context: MapContext): unknown {
  const json = parseBody(raw, context, JSON.parse);
  if (raw.status >= 200 && raw.status < 300) return json;
  throw authErrorOrUnexpected(json, raw, context);
}

function authErrorOrUnexpected(json: unknown, raw: RawResponse, context: MapContext): KakaoError {
  return isRecord(json) && typeof json.error === 'string'
    ? authErrorFromBody(json, raw, context)
    : responseError('unexpected_body', raw, context);
}

/**
 * The `KakaoAuthError` of a `{error, error_description, error_code}` body.
 *
 * @example
 * ```ts
 * import type { MapContext, RawResponse } from './response-body.js';
 * declare const raw: RawResponse;
 * declare const context: MapContext;
 * throw authErrorFromBody({ error: 'invalid_grant', error_code: 'KOE320' }, raw, context);
 * ```
 */
export function authErrorFromBody(
  body: Record<string, unknown>,
  raw: RawResponse,
  context: MapContext,
): KakaoAuthError {
  return new KakaoAuthError({
    error: String(body.error),
    errorDescription: optionalString(body.error_description),
    errorCode: optionalString(body.error_code),
    status: raw.status,
    secrets: context.secrets,
    retryAfterMs: raw.retryAfterMs,
  });
}
