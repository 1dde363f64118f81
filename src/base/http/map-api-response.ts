/**
 * Mapping kapi responses (spec §21.2): lossless JSON (user ids beyond 2^53 stay exact) and
 * `{msg, code}` errors. An OAuth-style `{error}` body is mapped too, to a `KakaoAuthError`.
 *
 * @module
 */
import { KakaoApiError } from '../errors/api-error.js';
import type { KakaoError } from '../errors/kakao-error.js';
import { parseJsonLossless } from './json.js';
import { authErrorFromBody } from './map-auth-response.js';
import {
  isRecord,
  type MapContext,
  optionalString,
  parseBody,
  type RawResponse,
  responseError,
} from './response-body.js';

/**
 * Returns the parsed (lossless) JSON of a 2xx kapi response, or throws: `KakaoApiError` for
 * `{code, msg}`, `KakaoAuthError` for `{error}`, `KakaoResponseError` for HTML, empty, malformed or
 * unrecognised bodies.
 *
 * @example
 * ```ts
 * const json = mapApiResponse({ status: 200, contentType: 'application/json', text: '{"id":1}', retryAfterMs: undefined },
 *   { what: 'GET /v2/user/me', secrets: [] });
 * ```
 */
export function mapApiResponse(raw: RawResponse, context: MapContext): unknown {
  const json = parseBody(raw, context, parseJsonLossless);
  if (raw.status >= 200 && raw.status < 300) return json;
  throw errorFromBody(json, raw, context);
}

function errorFromBody(json: unknown, raw: RawResponse, context: MapContext): KakaoError {
  const body = isRecord(json) ? json : {};
  if (typeof body.error === 'string') return authErrorFromBody(body, raw, context);
  if (typeof body.code === 'number') return apiError(body, body.code, raw, context);
  return responseError('unexpected_body', raw, context);
}

function apiError(
  body: Record<string, unknown>,
  code: number,
  raw: RawResponse,
  context: MapContext,
): KakaoError {
  return new KakaoApiError({
    apiCode: code,
    msg: optionalString(body.msg),
    status: raw.status,
    requiredScopes: stringList(body.required_scopes),
    allowedScopes: stringList(body.allowed_scopes),
    apiType: optionalString(body.api_type),
    secrets: context.secrets,
    retryAfterMs: raw.retryAfterMs,
  });
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;
}
